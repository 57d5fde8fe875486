# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/asset_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'asset_dialog.ui'
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
from djdesk.ui.qt import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_AssetDialog(object):
    def setupUi(self, AssetDialog):
        if not AssetDialog.objectName():
            AssetDialog.setObjectName(u"AssetDialog")
        AssetDialog.resize(760, 520)
        self.mainLayout = QVBoxLayout(AssetDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.assetNoLabel = QLabel(AssetDialog)
        self.assetNoLabel.setObjectName(u"assetNoLabel")
        self.assetNoLabel.setStyleSheet(u"font-weight: bold;")
        self.assetNoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.assetNoLabel)

        self.fields = QHBoxLayout()
        self.fields.setObjectName(u"fields")
        self.fieldsLeft = QFormLayout()
        self.fieldsLeft.setObjectName(u"fieldsLeft")
        self.fieldsLeft.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.categoryLabel = QLabel(AssetDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.fieldsLeft.setWidget(0, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryBox = QVBoxLayout()
        self.categoryBox.setSpacing(1)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryCombo = QComboBox(AssetDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.categoryBox.addWidget(self.categoryCombo)

        self.categoryError = QLabel(AssetDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setStyleSheet(u"color: #c62828;")
        self.categoryError.setWordWrap(True)

        self.categoryBox.addWidget(self.categoryError)


        self.fieldsLeft.setLayout(0, QFormLayout.ItemRole.FieldRole, self.categoryBox)

        self.nameLabel = QLabel(AssetDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLeft.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(1)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(AssetDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(AssetDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.fieldsLeft.setLayout(1, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.specLabel = QLabel(AssetDialog)
        self.specLabel.setObjectName(u"specLabel")

        self.fieldsLeft.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specLabel)

        self.specBox = QVBoxLayout()
        self.specBox.setSpacing(1)
        self.specBox.setObjectName(u"specBox")
        self.specEdit = QLineEdit(AssetDialog)
        self.specEdit.setObjectName(u"specEdit")

        self.specBox.addWidget(self.specEdit)

        self.specError = QLabel(AssetDialog)
        self.specError.setObjectName(u"specError")
        self.specError.setStyleSheet(u"color: #c62828;")
        self.specError.setWordWrap(True)

        self.specBox.addWidget(self.specError)


        self.fieldsLeft.setLayout(2, QFormLayout.ItemRole.FieldRole, self.specBox)

        self.unitLabel = QLabel(AssetDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.fieldsLeft.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitBox = QVBoxLayout()
        self.unitBox.setSpacing(1)
        self.unitBox.setObjectName(u"unitBox")
        self.unitCombo = QComboBox(AssetDialog)
        self.unitCombo.setObjectName(u"unitCombo")
        self.unitCombo.setEditable(True)

        self.unitBox.addWidget(self.unitCombo)

        self.unitError = QLabel(AssetDialog)
        self.unitError.setObjectName(u"unitError")
        self.unitError.setStyleSheet(u"color: #c62828;")
        self.unitError.setWordWrap(True)

        self.unitBox.addWidget(self.unitError)


        self.fieldsLeft.setLayout(3, QFormLayout.ItemRole.FieldRole, self.unitBox)

        self.quantityLabel = QLabel(AssetDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fieldsLeft.setWidget(4, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityBox = QVBoxLayout()
        self.quantityBox.setSpacing(1)
        self.quantityBox.setObjectName(u"quantityBox")
        self.quantitySpin = QSpinBox(AssetDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(1000000)

        self.quantityBox.addWidget(self.quantitySpin)

        self.quantityError = QLabel(AssetDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setStyleSheet(u"color: #c62828;")
        self.quantityError.setWordWrap(True)

        self.quantityBox.addWidget(self.quantityError)


        self.fieldsLeft.setLayout(4, QFormLayout.ItemRole.FieldRole, self.quantityBox)

        self.unit_value_fenLabel = QLabel(AssetDialog)
        self.unit_value_fenLabel.setObjectName(u"unit_value_fenLabel")

        self.fieldsLeft.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unit_value_fenLabel)

        self.unit_value_fenBox = QVBoxLayout()
        self.unit_value_fenBox.setSpacing(1)
        self.unit_value_fenBox.setObjectName(u"unit_value_fenBox")
        self.unitValueEdit = QLineEdit(AssetDialog)
        self.unitValueEdit.setObjectName(u"unitValueEdit")

        self.unit_value_fenBox.addWidget(self.unitValueEdit)

        self.unit_value_fenError = QLabel(AssetDialog)
        self.unit_value_fenError.setObjectName(u"unit_value_fenError")
        self.unit_value_fenError.setStyleSheet(u"color: #c62828;")
        self.unit_value_fenError.setWordWrap(True)

        self.unit_value_fenBox.addWidget(self.unit_value_fenError)


        self.fieldsLeft.setLayout(5, QFormLayout.ItemRole.FieldRole, self.unit_value_fenBox)


        self.fields.addLayout(self.fieldsLeft)

        self.fieldsRight = QFormLayout()
        self.fieldsRight.setObjectName(u"fieldsRight")
        self.fieldsRight.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.acquired_onLabel = QLabel(AssetDialog)
        self.acquired_onLabel.setObjectName(u"acquired_onLabel")

        self.fieldsRight.setWidget(0, QFormLayout.ItemRole.LabelRole, self.acquired_onLabel)

        self.acquired_onBox = QVBoxLayout()
        self.acquired_onBox.setSpacing(1)
        self.acquired_onBox.setObjectName(u"acquired_onBox")
        self.acquiredEdit = QLineEdit(AssetDialog)
        self.acquiredEdit.setObjectName(u"acquiredEdit")

        self.acquired_onBox.addWidget(self.acquiredEdit)

        self.acquired_onError = QLabel(AssetDialog)
        self.acquired_onError.setObjectName(u"acquired_onError")
        self.acquired_onError.setStyleSheet(u"color: #c62828;")
        self.acquired_onError.setWordWrap(True)

        self.acquired_onBox.addWidget(self.acquired_onError)


        self.fieldsRight.setLayout(0, QFormLayout.ItemRole.FieldRole, self.acquired_onBox)

        self.sourceLabel = QLabel(AssetDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.fieldsRight.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceBox = QVBoxLayout()
        self.sourceBox.setSpacing(1)
        self.sourceBox.setObjectName(u"sourceBox")
        self.sourceCombo = QComboBox(AssetDialog)
        self.sourceCombo.setObjectName(u"sourceCombo")

        self.sourceBox.addWidget(self.sourceCombo)

        self.sourceError = QLabel(AssetDialog)
        self.sourceError.setObjectName(u"sourceError")
        self.sourceError.setStyleSheet(u"color: #c62828;")
        self.sourceError.setWordWrap(True)

        self.sourceBox.addWidget(self.sourceError)


        self.fieldsRight.setLayout(1, QFormLayout.ItemRole.FieldRole, self.sourceBox)

        self.funding_docLabel = QLabel(AssetDialog)
        self.funding_docLabel.setObjectName(u"funding_docLabel")

        self.fieldsRight.setWidget(2, QFormLayout.ItemRole.LabelRole, self.funding_docLabel)

        self.funding_docBox = QVBoxLayout()
        self.funding_docBox.setSpacing(1)
        self.funding_docBox.setObjectName(u"funding_docBox")
        self.fundingDocEdit = QLineEdit(AssetDialog)
        self.fundingDocEdit.setObjectName(u"fundingDocEdit")

        self.funding_docBox.addWidget(self.fundingDocEdit)

        self.funding_docError = QLabel(AssetDialog)
        self.funding_docError.setObjectName(u"funding_docError")
        self.funding_docError.setStyleSheet(u"color: #c62828;")
        self.funding_docError.setWordWrap(True)

        self.funding_docBox.addWidget(self.funding_docError)


        self.fieldsRight.setLayout(2, QFormLayout.ItemRole.FieldRole, self.funding_docBox)

        self.room_uuidLabel = QLabel(AssetDialog)
        self.room_uuidLabel.setObjectName(u"room_uuidLabel")

        self.fieldsRight.setWidget(3, QFormLayout.ItemRole.LabelRole, self.room_uuidLabel)

        self.room_uuidBox = QVBoxLayout()
        self.room_uuidBox.setSpacing(1)
        self.room_uuidBox.setObjectName(u"room_uuidBox")
        self.roomCombo = QComboBox(AssetDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.room_uuidBox.addWidget(self.roomCombo)

        self.room_uuidError = QLabel(AssetDialog)
        self.room_uuidError.setObjectName(u"room_uuidError")
        self.room_uuidError.setStyleSheet(u"color: #c62828;")
        self.room_uuidError.setWordWrap(True)

        self.room_uuidBox.addWidget(self.room_uuidError)


        self.fieldsRight.setLayout(3, QFormLayout.ItemRole.FieldRole, self.room_uuidBox)

        self.custodianLabel = QLabel(AssetDialog)
        self.custodianLabel.setObjectName(u"custodianLabel")

        self.fieldsRight.setWidget(4, QFormLayout.ItemRole.LabelRole, self.custodianLabel)

        self.custodianBox = QVBoxLayout()
        self.custodianBox.setSpacing(1)
        self.custodianBox.setObjectName(u"custodianBox")
        self.custodianEdit = QLineEdit(AssetDialog)
        self.custodianEdit.setObjectName(u"custodianEdit")

        self.custodianBox.addWidget(self.custodianEdit)

        self.custodianError = QLabel(AssetDialog)
        self.custodianError.setObjectName(u"custodianError")
        self.custodianError.setStyleSheet(u"color: #c62828;")
        self.custodianError.setWordWrap(True)

        self.custodianBox.addWidget(self.custodianError)


        self.fieldsRight.setLayout(4, QFormLayout.ItemRole.FieldRole, self.custodianBox)

        self.conditionLabel = QLabel(AssetDialog)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.fieldsRight.setWidget(5, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.conditionBox = QVBoxLayout()
        self.conditionBox.setSpacing(1)
        self.conditionBox.setObjectName(u"conditionBox")
        self.conditionCombo = QComboBox(AssetDialog)
        self.conditionCombo.setObjectName(u"conditionCombo")

        self.conditionBox.addWidget(self.conditionCombo)

        self.conditionError = QLabel(AssetDialog)
        self.conditionError.setObjectName(u"conditionError")
        self.conditionError.setStyleSheet(u"color: #c62828;")
        self.conditionError.setWordWrap(True)

        self.conditionBox.addWidget(self.conditionError)


        self.fieldsRight.setLayout(5, QFormLayout.ItemRole.FieldRole, self.conditionBox)


        self.fields.addLayout(self.fieldsRight)


        self.mainLayout.addLayout(self.fields)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(AssetDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(AssetDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)


        self.mainLayout.addLayout(self.noteRow)

        self.valueLabel = QLabel(AssetDialog)
        self.valueLabel.setObjectName(u"valueLabel")
        self.valueLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.valueLabel)

        self.hintLabel = QLabel(AssetDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.hintLabel)

        self.generalError = QLabel(AssetDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #c62828;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AssetDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.specLabel.setBuddy(self.specEdit)
        self.unitLabel.setBuddy(self.unitCombo)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.unit_value_fenLabel.setBuddy(self.unitValueEdit)
        self.acquired_onLabel.setBuddy(self.acquiredEdit)
        self.sourceLabel.setBuddy(self.sourceCombo)
        self.funding_docLabel.setBuddy(self.fundingDocEdit)
        self.room_uuidLabel.setBuddy(self.roomCombo)
        self.custodianLabel.setBuddy(self.custodianEdit)
        self.conditionLabel.setBuddy(self.conditionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssetDialog)

        QMetaObject.connectSlotsByName(AssetDialog)
    # setupUi

    def retranslateUi(self, AssetDialog):
        AssetDialog.setWindowTitle(QCoreApplication.translate("AssetDialog", u"\u8d44\u4ea7", None))
        self.categoryLabel.setText(QCoreApplication.translate("AssetDialog", u"\u8d44\u4ea7\u7c7b\u522b", None))
        self.nameLabel.setText(QCoreApplication.translate("AssetDialog", u"\u8d44\u4ea7\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"\u4f8b\uff1a\u4f1a\u8bae\u684c", None))
        self.specLabel.setText(QCoreApplication.translate("AssetDialog", u"\u89c4\u683c\u578b\u53f7", None))
        self.specEdit.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"\u4f8b\uff1a1.8\u7c73 \u94a2\u6728", None))
        self.unitLabel.setText(QCoreApplication.translate("AssetDialog", u"\u8ba1\u91cf\u5355\u4f4d", None))
        self.quantityLabel.setText(QCoreApplication.translate("AssetDialog", u"\u6570\u91cf", None))
        self.unit_value_fenLabel.setText(QCoreApplication.translate("AssetDialog", u"\u5355\u4ef7\uff08\u5143\uff09", None))
        self.unitValueEdit.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"\u4f8b\uff1a850.00", None))
        self.acquired_onLabel.setText(QCoreApplication.translate("AssetDialog", u"\u53d6\u5f97\u65e5\u671f", None))
        self.acquiredEdit.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"\u4f8b\uff1a2019-09-01", None))
        self.sourceLabel.setText(QCoreApplication.translate("AssetDialog", u"\u6765\u6e90", None))
        self.funding_docLabel.setText(QCoreApplication.translate("AssetDialog", u"\u8d44\u91d1\u6587\u4ef6", None))
        self.fundingDocEdit.setPlaceholderText(QCoreApplication.translate("AssetDialog", u"\u914d\u53d1\u6216\u8d2d\u7f6e\u7684\u6587\u4ef6\u3001\u51ed\u8bc1\u53f7", None))
        self.room_uuidLabel.setText(QCoreApplication.translate("AssetDialog", u"\u5b58\u653e\u4f4d\u7f6e", None))
        self.custodianLabel.setText(QCoreApplication.translate("AssetDialog", u"\u4fdd\u7ba1\u4eba", None))
        self.conditionLabel.setText(QCoreApplication.translate("AssetDialog", u"\u72b6\u51b5", None))
        self.noteLabel.setText(QCoreApplication.translate("AssetDialog", u"\u5907\u6ce8", None))
    # retranslateUi

