# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_close_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_close_dialog.ui'
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
    QFormLayout, QLabel, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_DuesCloseDialog(object):
    def setupUi(self, DuesCloseDialog):
        if not DuesCloseDialog.objectName():
            DuesCloseDialog.setObjectName(u"DuesCloseDialog")
        DuesCloseDialog.resize(640, 460)
        self.mainLayout = QVBoxLayout(DuesCloseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.meaningLabel = QLabel(DuesCloseDialog)
        self.meaningLabel.setObjectName(u"meaningLabel")
        self.meaningLabel.setWordWrap(True)
        self.meaningLabel.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.meaningLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.branchLabel = QLabel(DuesCloseDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchValue = QLabel(DuesCloseDialog)
        self.branchValue.setObjectName(u"branchValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchValue)

        self.yearLabel = QLabel(DuesCloseDialog)
        self.yearLabel.setObjectName(u"yearLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.yearLabel)

        self.yearValue = QLabel(DuesCloseDialog)
        self.yearValue.setObjectName(u"yearValue")
        self.yearValue.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.yearValue)

        self.collectedLabel = QLabel(DuesCloseDialog)
        self.collectedLabel.setObjectName(u"collectedLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.collectedLabel)

        self.collectedValue = QLabel(DuesCloseDialog)
        self.collectedValue.setObjectName(u"collectedValue")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.collectedValue)

        self.remittedLabel = QLabel(DuesCloseDialog)
        self.remittedLabel.setObjectName(u"remittedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.remittedLabel)

        self.remittedValue = QLabel(DuesCloseDialog)
        self.remittedValue.setObjectName(u"remittedValue")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.remittedValue)

        self.balanceLabel = QLabel(DuesCloseDialog)
        self.balanceLabel.setObjectName(u"balanceLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.balanceLabel)

        self.balanceValue = QLabel(DuesCloseDialog)
        self.balanceValue.setObjectName(u"balanceValue")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.balanceValue)

        self.receiptsLabel = QLabel(DuesCloseDialog)
        self.receiptsLabel.setObjectName(u"receiptsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.receiptsLabel)

        self.receiptsValue = QLabel(DuesCloseDialog)
        self.receiptsValue.setObjectName(u"receiptsValue")
        self.receiptsValue.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.receiptsValue)

        self.arrearsLabel = QLabel(DuesCloseDialog)
        self.arrearsLabel.setObjectName(u"arrearsLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.arrearsLabel)

        self.arrearsValue = QLabel(DuesCloseDialog)
        self.arrearsValue.setObjectName(u"arrearsValue")
        self.arrearsValue.setWordWrap(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.arrearsValue)

        self.dateLabel = QLabel(DuesCloseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateValue = QLabel(DuesCloseDialog)
        self.dateValue.setObjectName(u"dateValue")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.dateValue)


        self.mainLayout.addLayout(self.form)

        self.warningLabel = QLabel(DuesCloseDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px 8px; }")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(DuesCloseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(DuesCloseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(DuesCloseDialog)

        QMetaObject.connectSlotsByName(DuesCloseDialog)
    # setupUi

    def retranslateUi(self, DuesCloseDialog):
        DuesCloseDialog.setWindowTitle(QCoreApplication.translate("DuesCloseDialog", u"\u5e74\u5ea6\u7ed3\u8d26", None))
        self.meaningLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u5e74\u5ea6\u7ed3\u8d26\u9501\u5b9a\u8fd9\u4e00\u5e74\u7684\u5168\u90e8\u6708\u4efd\uff1a\u7ed3\u8d26\u540e\u4e0d\u80fd\u518d\u5728\u8fd9\u4e00\u5e74\u7684\u65e5\u671f\u8bb0\u8d26\uff08\u6536\u515a\u8d39\u3001\u51b2\u9500\u3001\u4f5c\u5e9f\u6536\u636e\u90fd\u4e0d\u884c\uff09\uff0c\u7ed3\u8d26\u4e0d\u80fd\u64a4\u9500\u3002\u4ee5\u540e\u53d1\u73b0\u7684\u5dee\u9519\u7528\u51b2\u9500\u66f4\u6b63\uff0c\u8bb0\u5728\u5f53\u524d\u671f\u95f4\u5e76\u6ce8\u660e\u66f4\u6b63\u7684\u671f\u95f4\uff1b\u515a\u5458\u8865\u4ea4\u8fd9\u4e00\u5e74\u7684\u515a\u8d39\uff0c\u6536\u636e\u8bb0\u5728\u4ea4\u6b3e\u5f53\u5929\u3002\u8bf7\u5148\u6838\u5bf9\u4e0b\u9762\u7684\u6570\u5b57\u3002", None))
        self.branchLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u515a\u652f\u90e8", None))
        self.yearLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u7ed3\u8d26\u5e74\u5ea6", None))
        self.collectedLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u672c\u5e74\u6536\u7f34", None))
        self.remittedLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u672c\u5e74\u4e0a\u7f34", None))
        self.balanceLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u672c\u5e74\u6536\u7f34\u672a\u4e0a\u7f34", None))
        self.receiptsLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u6536\u636e", None))
        self.arrearsLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u6b20\u4ea4\u515a\u5458", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesCloseDialog", u"\u7ed3\u8d26\u65e5\u671f", None))
    # retranslateUi

