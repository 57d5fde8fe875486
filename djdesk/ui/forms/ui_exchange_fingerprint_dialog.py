# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/exchange_fingerprint_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_fingerprint_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from djdesk.ui.qt import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from djdesk.ui.qt import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from djdesk.ui.qt import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ExchangeFingerprintDialog(object):
    def setupUi(self, ExchangeFingerprintDialog):
        if not ExchangeFingerprintDialog.objectName():
            ExchangeFingerprintDialog.setObjectName(u"ExchangeFingerprintDialog")
        ExchangeFingerprintDialog.resize(520, 320)
        self.mainLayout = QVBoxLayout(ExchangeFingerprintDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(ExchangeFingerprintDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.unitCaption = QLabel(ExchangeFingerprintDialog)
        self.unitCaption.setObjectName(u"unitCaption")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.unitCaption)

        self.unitValue = QLabel(ExchangeFingerprintDialog)
        self.unitValue.setObjectName(u"unitValue")
        self.unitValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.unitValue)

        self.detailCaption = QLabel(ExchangeFingerprintDialog)
        self.detailCaption.setObjectName(u"detailCaption")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.detailCaption)

        self.detailValue = QLabel(ExchangeFingerprintDialog)
        self.detailValue.setObjectName(u"detailValue")
        self.detailValue.setWordWrap(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.detailValue)

        self.fingerprintCaption = QLabel(ExchangeFingerprintDialog)
        self.fingerprintCaption.setObjectName(u"fingerprintCaption")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.fingerprintCaption)

        self.fingerprintValue = QLabel(ExchangeFingerprintDialog)
        self.fingerprintValue.setObjectName(u"fingerprintValue")
        self.fingerprintValue.setStyleSheet(u"font-family: monospace; font-size: 16pt; font-weight: bold; letter-spacing: 1px;")
        self.fingerprintValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fingerprintValue)

        self.typedCaption = QLabel(ExchangeFingerprintDialog)
        self.typedCaption.setObjectName(u"typedCaption")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.typedCaption)

        self.fingerprintEdit = QLineEdit(ExchangeFingerprintDialog)
        self.fingerprintEdit.setObjectName(u"fingerprintEdit")
        self.fingerprintEdit.setMaxLength(40)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fingerprintEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.problemLabel = QLabel(ExchangeFingerprintDialog)
        self.problemLabel.setObjectName(u"problemLabel")
        self.problemLabel.setStyleSheet(u"color: #c0392b;")
        self.problemLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.problemLabel)

        self.verticalSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.verticalSpacer)

        self.buttonBox = QDialogButtonBox(ExchangeFingerprintDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ExchangeFingerprintDialog)

        QMetaObject.connectSlotsByName(ExchangeFingerprintDialog)
    # setupUi

    def retranslateUi(self, ExchangeFingerprintDialog):
        ExchangeFingerprintDialog.setWindowTitle(QCoreApplication.translate("ExchangeFingerprintDialog", u"\u6838\u5bf9\u6307\u7eb9", None))
        self.unitCaption.setText(QCoreApplication.translate("ExchangeFingerprintDialog", u"\u5355\u4f4d\uff1a", None))
        self.detailCaption.setText(QCoreApplication.translate("ExchangeFingerprintDialog", u"\u8bf4\u660e\uff1a", None))
        self.fingerprintCaption.setText(QCoreApplication.translate("ExchangeFingerprintDialog", u"\u672c\u6587\u4ef6\u7684\u6307\u7eb9\uff1a", None))
        self.typedCaption.setText(QCoreApplication.translate("ExchangeFingerprintDialog", u"\u5bf9\u65b9\u7684\u6307\u7eb9\uff1a", None))
        self.fingerprintEdit.setPlaceholderText(QCoreApplication.translate("ExchangeFingerprintDialog", u"\u4f8b\u5982 K7QM-4XZA-PRTB-C2DE", None))
    # retranslateUi

