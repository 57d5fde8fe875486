# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/asset_labels_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'asset_labels_dialog.ui'
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
from djdesk.ui.qt import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AssetLabelsDialog(object):
    def setupUi(self, AssetLabelsDialog):
        if not AssetLabelsDialog.objectName():
            AssetLabelsDialog.setObjectName(u"AssetLabelsDialog")
        AssetLabelsDialog.resize(480, 320)
        self.mainLayout = QVBoxLayout(AssetLabelsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.layoutLabel = QLabel(AssetLabelsDialog)
        self.layoutLabel.setObjectName(u"layoutLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.layoutLabel)

        self.layoutBox = QVBoxLayout()
        self.layoutBox.setSpacing(1)
        self.layoutBox.setObjectName(u"layoutBox")
        self.layoutCombo = QComboBox(AssetLabelsDialog)
        self.layoutCombo.setObjectName(u"layoutCombo")

        self.layoutBox.addWidget(self.layoutCombo)

        self.layoutError = QLabel(AssetLabelsDialog)
        self.layoutError.setObjectName(u"layoutError")
        self.layoutError.setStyleSheet(u"color: #c62828;")
        self.layoutError.setWordWrap(True)

        self.layoutBox.addWidget(self.layoutError)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.layoutBox)

        self.startLabel = QLabel(AssetLabelsDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startBox = QVBoxLayout()
        self.startBox.setSpacing(1)
        self.startBox.setObjectName(u"startBox")
        self.startSpin = QSpinBox(AssetLabelsDialog)
        self.startSpin.setObjectName(u"startSpin")
        self.startSpin.setMinimum(1)
        self.startSpin.setMaximum(40)

        self.startBox.addWidget(self.startSpin)

        self.startError = QLabel(AssetLabelsDialog)
        self.startError.setObjectName(u"startError")
        self.startError.setStyleSheet(u"color: #c62828;")
        self.startError.setWordWrap(True)

        self.startBox.addWidget(self.startError)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.startBox)

        self.copiesLabel = QLabel(AssetLabelsDialog)
        self.copiesLabel.setObjectName(u"copiesLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.copiesLabel)

        self.copiesBox = QVBoxLayout()
        self.copiesBox.setSpacing(1)
        self.copiesBox.setObjectName(u"copiesBox")
        self.copiesSpin = QSpinBox(AssetLabelsDialog)
        self.copiesSpin.setObjectName(u"copiesSpin")
        self.copiesSpin.setMinimum(1)
        self.copiesSpin.setMaximum(100)

        self.copiesBox.addWidget(self.copiesSpin)

        self.copiesError = QLabel(AssetLabelsDialog)
        self.copiesError.setObjectName(u"copiesError")
        self.copiesError.setStyleSheet(u"color: #c62828;")
        self.copiesError.setWordWrap(True)

        self.copiesBox.addWidget(self.copiesError)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.copiesBox)

        self.scopeLabel = QLabel(AssetLabelsDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scopeLabel)

        self.scopeBox = QVBoxLayout()
        self.scopeBox.setSpacing(1)
        self.scopeBox.setObjectName(u"scopeBox")
        self.scopeCombo = QComboBox(AssetLabelsDialog)
        self.scopeCombo.setObjectName(u"scopeCombo")

        self.scopeBox.addWidget(self.scopeCombo)

        self.scopeError = QLabel(AssetLabelsDialog)
        self.scopeError.setObjectName(u"scopeError")
        self.scopeError.setStyleSheet(u"color: #c62828;")
        self.scopeError.setWordWrap(True)

        self.scopeBox.addWidget(self.scopeError)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.scopeBox)


        self.mainLayout.addLayout(self.fields)

        self.outlineCheck = QCheckBox(AssetLabelsDialog)
        self.outlineCheck.setObjectName(u"outlineCheck")

        self.mainLayout.addWidget(self.outlineCheck)

        self.sheetLabel = QLabel(AssetLabelsDialog)
        self.sheetLabel.setObjectName(u"sheetLabel")
        self.sheetLabel.setWordWrap(True)
        self.sheetLabel.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.sheetLabel)

        self.generalError = QLabel(AssetLabelsDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #c62828;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AssetLabelsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.layoutLabel.setBuddy(self.layoutCombo)
        self.startLabel.setBuddy(self.startSpin)
        self.copiesLabel.setBuddy(self.copiesSpin)
        self.scopeLabel.setBuddy(self.scopeCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssetLabelsDialog)

        QMetaObject.connectSlotsByName(AssetLabelsDialog)
    # setupUi

    def retranslateUi(self, AssetLabelsDialog):
        AssetLabelsDialog.setWindowTitle(QCoreApplication.translate("AssetLabelsDialog", u"\u6253\u5370\u8d44\u4ea7\u6807\u7b7e", None))
        self.layoutLabel.setText(QCoreApplication.translate("AssetLabelsDialog", u"\u6807\u7b7e\u7eb8", None))
        self.startLabel.setText(QCoreApplication.translate("AssetLabelsDialog", u"\u4ece\u7b2c\u51e0\u5f20\u5f00\u59cb", None))
        self.copiesLabel.setText(QCoreApplication.translate("AssetLabelsDialog", u"\u6bcf\u9879\u4efd\u6570", None))
        self.scopeLabel.setText(QCoreApplication.translate("AssetLabelsDialog", u"\u6253\u5370\u54ea\u4e9b", None))
        self.outlineCheck.setText(QCoreApplication.translate("AssetLabelsDialog", u"\u753b\u51fa\u6807\u7b7e\u8fb9\u6846\uff08\u7528\u666e\u901a\u7eb8\u6253\u5370\u540e\u526a\u5f00\uff09", None))
    # retranslateUi

