# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/member_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QHBoxLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(960, 640)
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.basicGroup = QGroupBox(MemberDialog)
        self.basicGroup.setObjectName(u"basicGroup")
        self.basicForm = QFormLayout(self.basicGroup)
        self.basicForm.setObjectName(u"basicForm")
        self.basicForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(self.basicGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.basicForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEditBox = QVBoxLayout()
        self.nameEditBox.setSpacing(1)
        self.nameEditBox.setObjectName(u"nameEditBox")
        self.nameEdit = QLineEdit(self.basicGroup)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameEditBox.addWidget(self.nameEdit)

        self.nameError = QLabel(self.basicGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setWordWrap(True)

        self.nameEditBox.addWidget(self.nameError)


        self.basicForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameEditBox)

        self.idNumberLabel = QLabel(self.basicGroup)
        self.idNumberLabel.setObjectName(u"idNumberLabel")

        self.basicForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.idNumberLabel)

        self.idNumberEditBox = QVBoxLayout()
        self.idNumberEditBox.setSpacing(1)
        self.idNumberEditBox.setObjectName(u"idNumberEditBox")
        self.idNumberEdit = QLineEdit(self.basicGroup)
        self.idNumberEdit.setObjectName(u"idNumberEdit")

        self.idNumberEditBox.addWidget(self.idNumberEdit)

        self.idNumberError = QLabel(self.basicGroup)
        self.idNumberError.setObjectName(u"idNumberError")
        self.idNumberError.setStyleSheet(u"color: #c62828;")
        self.idNumberError.setWordWrap(True)

        self.idNumberEditBox.addWidget(self.idNumberError)


        self.basicForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.idNumberEditBox)

        self.genderLabel = QLabel(self.basicGroup)
        self.genderLabel.setObjectName(u"genderLabel")

        self.basicForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderComboBox = QVBoxLayout()
        self.genderComboBox.setSpacing(1)
        self.genderComboBox.setObjectName(u"genderComboBox")
        self.genderCombo = QComboBox(self.basicGroup)
        self.genderCombo.setObjectName(u"genderCombo")

        self.genderComboBox.addWidget(self.genderCombo)

        self.genderError = QLabel(self.basicGroup)
        self.genderError.setObjectName(u"genderError")
        self.genderError.setStyleSheet(u"color: #c62828;")
        self.genderError.setWordWrap(True)

        self.genderComboBox.addWidget(self.genderError)


        self.basicForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.genderComboBox)

        self.birthDateLabel = QLabel(self.basicGroup)
        self.birthDateLabel.setObjectName(u"birthDateLabel")

        self.basicForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.birthDateLabel)

        self.birthDateEditBox = QVBoxLayout()
        self.birthDateEditBox.setSpacing(1)
        self.birthDateEditBox.setObjectName(u"birthDateEditBox")
        self.birthDateEdit = QLineEdit(self.basicGroup)
        self.birthDateEdit.setObjectName(u"birthDateEdit")

        self.birthDateEditBox.addWidget(self.birthDateEdit)

        self.birthDateError = QLabel(self.basicGroup)
        self.birthDateError.setObjectName(u"birthDateError")
        self.birthDateError.setStyleSheet(u"color: #c62828;")
        self.birthDateError.setWordWrap(True)

        self.birthDateEditBox.addWidget(self.birthDateError)


        self.basicForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.birthDateEditBox)

        self.ethnicityLabel = QLabel(self.basicGroup)
        self.ethnicityLabel.setObjectName(u"ethnicityLabel")

        self.basicForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ethnicityLabel)

        self.ethnicityComboBox = QVBoxLayout()
        self.ethnicityComboBox.setSpacing(1)
        self.ethnicityComboBox.setObjectName(u"ethnicityComboBox")
        self.ethnicityCombo = QComboBox(self.basicGroup)
        self.ethnicityCombo.setObjectName(u"ethnicityCombo")

        self.ethnicityComboBox.addWidget(self.ethnicityCombo)

        self.ethnicityError = QLabel(self.basicGroup)
        self.ethnicityError.setObjectName(u"ethnicityError")
        self.ethnicityError.setStyleSheet(u"color: #c62828;")
        self.ethnicityError.setWordWrap(True)

        self.ethnicityComboBox.addWidget(self.ethnicityError)


        self.basicForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ethnicityComboBox)

        self.nativePlaceLabel = QLabel(self.basicGroup)
        self.nativePlaceLabel.setObjectName(u"nativePlaceLabel")

        self.basicForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.nativePlaceLabel)

        self.nativePlaceEditBox = QVBoxLayout()
        self.nativePlaceEditBox.setSpacing(1)
        self.nativePlaceEditBox.setObjectName(u"nativePlaceEditBox")
        self.nativePlaceEdit = QLineEdit(self.basicGroup)
        self.nativePlaceEdit.setObjectName(u"nativePlaceEdit")

        self.nativePlaceEditBox.addWidget(self.nativePlaceEdit)

        self.nativePlaceError = QLabel(self.basicGroup)
        self.nativePlaceError.setObjectName(u"nativePlaceError")
        self.nativePlaceError.setStyleSheet(u"color: #c62828;")
        self.nativePlaceError.setWordWrap(True)

        self.nativePlaceEditBox.addWidget(self.nativePlaceError)


        self.basicForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.nativePlaceEditBox)

        self.educationLabel = QLabel(self.basicGroup)
        self.educationLabel.setObjectName(u"educationLabel")

        self.basicForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.educationLabel)

        self.educationComboBox = QVBoxLayout()
        self.educationComboBox.setSpacing(1)
        self.educationComboBox.setObjectName(u"educationComboBox")
        self.educationCombo = QComboBox(self.basicGroup)
        self.educationCombo.setObjectName(u"educationCombo")

        self.educationComboBox.addWidget(self.educationCombo)

        self.educationError = QLabel(self.basicGroup)
        self.educationError.setObjectName(u"educationError")
        self.educationError.setStyleSheet(u"color: #c62828;")
        self.educationError.setWordWrap(True)

        self.educationComboBox.addWidget(self.educationError)


        self.basicForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.educationComboBox)

        self.occupationLabel = QLabel(self.basicGroup)
        self.occupationLabel.setObjectName(u"occupationLabel")

        self.basicForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.occupationLabel)

        self.occupationComboBox = QVBoxLayout()
        self.occupationComboBox.setSpacing(1)
        self.occupationComboBox.setObjectName(u"occupationComboBox")
        self.occupationCombo = QComboBox(self.basicGroup)
        self.occupationCombo.setObjectName(u"occupationCombo")

        self.occupationComboBox.addWidget(self.occupationCombo)

        self.occupationError = QLabel(self.basicGroup)
        self.occupationError.setObjectName(u"occupationError")
        self.occupationError.setStyleSheet(u"color: #c62828;")
        self.occupationError.setWordWrap(True)

        self.occupationComboBox.addWidget(self.occupationError)


        self.basicForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.occupationComboBox)

        self.phoneLabel = QLabel(self.basicGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.basicForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEditBox = QVBoxLayout()
        self.phoneEditBox.setSpacing(1)
        self.phoneEditBox.setObjectName(u"phoneEditBox")
        self.phoneEdit = QLineEdit(self.basicGroup)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneEditBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(self.basicGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #c62828;")
        self.phoneError.setWordWrap(True)

        self.phoneEditBox.addWidget(self.phoneError)


        self.basicForm.setLayout(8, QFormLayout.ItemRole.FieldRole, self.phoneEditBox)

        self.addressLabel = QLabel(self.basicGroup)
        self.addressLabel.setObjectName(u"addressLabel")

        self.basicForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEditBox = QVBoxLayout()
        self.addressEditBox.setSpacing(1)
        self.addressEditBox.setObjectName(u"addressEditBox")
        self.addressEdit = QLineEdit(self.basicGroup)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addressEditBox.addWidget(self.addressEdit)

        self.addressError = QLabel(self.basicGroup)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setStyleSheet(u"color: #c62828;")
        self.addressError.setWordWrap(True)

        self.addressEditBox.addWidget(self.addressError)


        self.basicForm.setLayout(9, QFormLayout.ItemRole.FieldRole, self.addressEditBox)


        self.columns.addWidget(self.basicGroup)

        self.partyGroup = QGroupBox(MemberDialog)
        self.partyGroup.setObjectName(u"partyGroup")
        self.partyForm = QFormLayout(self.partyGroup)
        self.partyForm.setObjectName(u"partyForm")
        self.partyForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.branchLabel = QLabel(self.partyGroup)
        self.branchLabel.setObjectName(u"branchLabel")

        self.partyForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchComboBox = QVBoxLayout()
        self.branchComboBox.setSpacing(1)
        self.branchComboBox.setObjectName(u"branchComboBox")
        self.branchCombo = QComboBox(self.partyGroup)
        self.branchCombo.setObjectName(u"branchCombo")

        self.branchComboBox.addWidget(self.branchCombo)

        self.branchError = QLabel(self.partyGroup)
        self.branchError.setObjectName(u"branchError")
        self.branchError.setStyleSheet(u"color: #c62828;")
        self.branchError.setWordWrap(True)

        self.branchComboBox.addWidget(self.branchError)


        self.partyForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.branchComboBox)

        self.groupLabel = QLabel(self.partyGroup)
        self.groupLabel.setObjectName(u"groupLabel")

        self.partyForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.groupLabel)

        self.groupComboBox = QVBoxLayout()
        self.groupComboBox.setSpacing(1)
        self.groupComboBox.setObjectName(u"groupComboBox")
        self.groupCombo = QComboBox(self.partyGroup)
        self.groupCombo.setObjectName(u"groupCombo")

        self.groupComboBox.addWidget(self.groupCombo)

        self.groupError = QLabel(self.partyGroup)
        self.groupError.setObjectName(u"groupError")
        self.groupError.setStyleSheet(u"color: #c62828;")
        self.groupError.setWordWrap(True)

        self.groupComboBox.addWidget(self.groupError)


        self.partyForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.groupComboBox)

        self.categoryLabel = QLabel(self.partyGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.partyForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryComboBox = QVBoxLayout()
        self.categoryComboBox.setSpacing(1)
        self.categoryComboBox.setObjectName(u"categoryComboBox")
        self.categoryCombo = QComboBox(self.partyGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.categoryComboBox.addWidget(self.categoryCombo)

        self.categoryError = QLabel(self.partyGroup)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setStyleSheet(u"color: #c62828;")
        self.categoryError.setWordWrap(True)

        self.categoryComboBox.addWidget(self.categoryError)


        self.partyForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.categoryComboBox)

        self.partyPostLabel = QLabel(self.partyGroup)
        self.partyPostLabel.setObjectName(u"partyPostLabel")

        self.partyForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.partyPostLabel)

        self.partyPostEditBox = QVBoxLayout()
        self.partyPostEditBox.setSpacing(1)
        self.partyPostEditBox.setObjectName(u"partyPostEditBox")
        self.partyPostEdit = QLineEdit(self.partyGroup)
        self.partyPostEdit.setObjectName(u"partyPostEdit")

        self.partyPostEditBox.addWidget(self.partyPostEdit)

        self.partyPostError = QLabel(self.partyGroup)
        self.partyPostError.setObjectName(u"partyPostError")
        self.partyPostError.setStyleSheet(u"color: #c62828;")
        self.partyPostError.setWordWrap(True)

        self.partyPostEditBox.addWidget(self.partyPostError)


        self.partyForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.partyPostEditBox)

        self.applyDateLabel = QLabel(self.partyGroup)
        self.applyDateLabel.setObjectName(u"applyDateLabel")

        self.partyForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.applyDateLabel)

        self.applyDateEditBox = QVBoxLayout()
        self.applyDateEditBox.setSpacing(1)
        self.applyDateEditBox.setObjectName(u"applyDateEditBox")
        self.applyDateEdit = QLineEdit(self.partyGroup)
        self.applyDateEdit.setObjectName(u"applyDateEdit")

        self.applyDateEditBox.addWidget(self.applyDateEdit)

        self.applyDateError = QLabel(self.partyGroup)
        self.applyDateError.setObjectName(u"applyDateError")
        self.applyDateError.setStyleSheet(u"color: #c62828;")
        self.applyDateError.setWordWrap(True)

        self.applyDateEditBox.addWidget(self.applyDateError)


        self.partyForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.applyDateEditBox)

        self.joinDateLabel = QLabel(self.partyGroup)
        self.joinDateLabel.setObjectName(u"joinDateLabel")

        self.partyForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.joinDateLabel)

        self.joinDateEditBox = QVBoxLayout()
        self.joinDateEditBox.setSpacing(1)
        self.joinDateEditBox.setObjectName(u"joinDateEditBox")
        self.joinDateEdit = QLineEdit(self.partyGroup)
        self.joinDateEdit.setObjectName(u"joinDateEdit")

        self.joinDateEditBox.addWidget(self.joinDateEdit)

        self.joinDateError = QLabel(self.partyGroup)
        self.joinDateError.setObjectName(u"joinDateError")
        self.joinDateError.setStyleSheet(u"color: #c62828;")
        self.joinDateError.setWordWrap(True)

        self.joinDateEditBox.addWidget(self.joinDateError)


        self.partyForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.joinDateEditBox)

        self.conversionDateLabel = QLabel(self.partyGroup)
        self.conversionDateLabel.setObjectName(u"conversionDateLabel")

        self.partyForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.conversionDateLabel)

        self.conversionDateEditBox = QVBoxLayout()
        self.conversionDateEditBox.setSpacing(1)
        self.conversionDateEditBox.setObjectName(u"conversionDateEditBox")
        self.conversionDateEdit = QLineEdit(self.partyGroup)
        self.conversionDateEdit.setObjectName(u"conversionDateEdit")

        self.conversionDateEditBox.addWidget(self.conversionDateEdit)

        self.conversionDateError = QLabel(self.partyGroup)
        self.conversionDateError.setObjectName(u"conversionDateError")
        self.conversionDateError.setStyleSheet(u"color: #c62828;")
        self.conversionDateError.setWordWrap(True)

        self.conversionDateEditBox.addWidget(self.conversionDateError)


        self.partyForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.conversionDateEditBox)

        self.workStartDateLabel = QLabel(self.partyGroup)
        self.workStartDateLabel.setObjectName(u"workStartDateLabel")

        self.partyForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.workStartDateLabel)

        self.workStartDateEditBox = QVBoxLayout()
        self.workStartDateEditBox.setSpacing(1)
        self.workStartDateEditBox.setObjectName(u"workStartDateEditBox")
        self.workStartDateEdit = QLineEdit(self.partyGroup)
        self.workStartDateEdit.setObjectName(u"workStartDateEdit")

        self.workStartDateEditBox.addWidget(self.workStartDateEdit)

        self.workStartDateError = QLabel(self.partyGroup)
        self.workStartDateError.setObjectName(u"workStartDateError")
        self.workStartDateError.setStyleSheet(u"color: #c62828;")
        self.workStartDateError.setWordWrap(True)

        self.workStartDateEditBox.addWidget(self.workStartDateError)


        self.partyForm.setLayout(7, QFormLayout.ItemRole.FieldRole, self.workStartDateEditBox)


        self.columns.addWidget(self.partyGroup)


        self.mainLayout.addLayout(self.columns)

        self.otherGroup = QGroupBox(MemberDialog)
        self.otherGroup.setObjectName(u"otherGroup")
        self.otherGrid = QGridLayout(self.otherGroup)
        self.otherGrid.setObjectName(u"otherGrid")
        self.flowingCheck = QCheckBox(self.otherGroup)
        self.flowingCheck.setObjectName(u"flowingCheck")

        self.otherGrid.addWidget(self.flowingCheck, 0, 0, 1, 1)

        self.flowingToLabel = QLabel(self.otherGroup)
        self.flowingToLabel.setObjectName(u"flowingToLabel")

        self.otherGrid.addWidget(self.flowingToLabel, 0, 1, 1, 1)

        self.flowingToBox = QVBoxLayout()
        self.flowingToBox.setSpacing(1)
        self.flowingToBox.setObjectName(u"flowingToBox")
        self.flowingToEdit = QLineEdit(self.otherGroup)
        self.flowingToEdit.setObjectName(u"flowingToEdit")

        self.flowingToBox.addWidget(self.flowingToEdit)

        self.flowingToError = QLabel(self.otherGroup)
        self.flowingToError.setObjectName(u"flowingToError")
        self.flowingToError.setStyleSheet(u"color: #c62828;")
        self.flowingToError.setWordWrap(True)

        self.flowingToBox.addWidget(self.flowingToError)


        self.otherGrid.addLayout(self.flowingToBox, 0, 2, 1, 1)

        self.flowingSinceLabel = QLabel(self.otherGroup)
        self.flowingSinceLabel.setObjectName(u"flowingSinceLabel")

        self.otherGrid.addWidget(self.flowingSinceLabel, 0, 3, 1, 1)

        self.flowingSinceBox = QVBoxLayout()
        self.flowingSinceBox.setSpacing(1)
        self.flowingSinceBox.setObjectName(u"flowingSinceBox")
        self.flowingSinceEdit = QLineEdit(self.otherGroup)
        self.flowingSinceEdit.setObjectName(u"flowingSinceEdit")

        self.flowingSinceBox.addWidget(self.flowingSinceEdit)

        self.flowingSinceError = QLabel(self.otherGroup)
        self.flowingSinceError.setObjectName(u"flowingSinceError")
        self.flowingSinceError.setStyleSheet(u"color: #c62828;")
        self.flowingSinceError.setWordWrap(True)

        self.flowingSinceBox.addWidget(self.flowingSinceError)


        self.otherGrid.addLayout(self.flowingSinceBox, 0, 4, 1, 1)

        self.hardshipCheck = QCheckBox(self.otherGroup)
        self.hardshipCheck.setObjectName(u"hardshipCheck")

        self.otherGrid.addWidget(self.hardshipCheck, 1, 0, 1, 1)

        self.elderlyCheck = QCheckBox(self.otherGroup)
        self.elderlyCheck.setObjectName(u"elderlyCheck")

        self.otherGrid.addWidget(self.elderlyCheck, 1, 1, 1, 2)

        self.noteLabel = QLabel(self.otherGroup)
        self.noteLabel.setObjectName(u"noteLabel")

        self.otherGrid.addWidget(self.noteLabel, 2, 0, 1, 1)

        self.noteEdit = QLineEdit(self.otherGroup)
        self.noteEdit.setObjectName(u"noteEdit")

        self.otherGrid.addWidget(self.noteEdit, 2, 1, 1, 4)

        self.otherGrid.setColumnStretch(2, 1)
        self.otherGrid.setColumnStretch(4, 1)

        self.mainLayout.addWidget(self.otherGroup)

        self.entryGroup = QGroupBox(MemberDialog)
        self.entryGroup.setObjectName(u"entryGroup")
        self.entryRow = QHBoxLayout(self.entryGroup)
        self.entryRow.setObjectName(u"entryRow")
        self.entryKindLabel = QLabel(self.entryGroup)
        self.entryKindLabel.setObjectName(u"entryKindLabel")

        self.entryRow.addWidget(self.entryKindLabel)

        self.entryKindCombo = QComboBox(self.entryGroup)
        self.entryKindCombo.setObjectName(u"entryKindCombo")

        self.entryRow.addWidget(self.entryKindCombo)

        self.entryDateLabel = QLabel(self.entryGroup)
        self.entryDateLabel.setObjectName(u"entryDateLabel")

        self.entryRow.addWidget(self.entryDateLabel)

        self.entryDateBox = QVBoxLayout()
        self.entryDateBox.setSpacing(1)
        self.entryDateBox.setObjectName(u"entryDateBox")
        self.entryDateEdit = QLineEdit(self.entryGroup)
        self.entryDateEdit.setObjectName(u"entryDateEdit")

        self.entryDateBox.addWidget(self.entryDateEdit)

        self.entryDateError = QLabel(self.entryGroup)
        self.entryDateError.setObjectName(u"entryDateError")
        self.entryDateError.setStyleSheet(u"color: #c62828;")
        self.entryDateError.setWordWrap(True)

        self.entryDateBox.addWidget(self.entryDateError)


        self.entryRow.addLayout(self.entryDateBox)

        self.counterpartLabel = QLabel(self.entryGroup)
        self.counterpartLabel.setObjectName(u"counterpartLabel")

        self.entryRow.addWidget(self.counterpartLabel)

        self.counterpartBox = QVBoxLayout()
        self.counterpartBox.setSpacing(1)
        self.counterpartBox.setObjectName(u"counterpartBox")
        self.counterpartEdit = QLineEdit(self.entryGroup)
        self.counterpartEdit.setObjectName(u"counterpartEdit")

        self.counterpartBox.addWidget(self.counterpartEdit)

        self.counterpartError = QLabel(self.entryGroup)
        self.counterpartError.setObjectName(u"counterpartError")
        self.counterpartError.setStyleSheet(u"color: #c62828;")
        self.counterpartError.setWordWrap(True)

        self.counterpartBox.addWidget(self.counterpartError)


        self.entryRow.addLayout(self.counterpartBox)

        self.entryRow.setStretch(3, 1)
        self.entryRow.setStretch(5, 2)

        self.mainLayout.addWidget(self.entryGroup)

        self.warningLabel = QLabel(MemberDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px 8px; }")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.idNumberLabel.setBuddy(self.idNumberEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthDateLabel.setBuddy(self.birthDateEdit)
        self.ethnicityLabel.setBuddy(self.ethnicityCombo)
        self.nativePlaceLabel.setBuddy(self.nativePlaceEdit)
        self.educationLabel.setBuddy(self.educationCombo)
        self.occupationLabel.setBuddy(self.occupationCombo)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.branchLabel.setBuddy(self.branchCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.partyPostLabel.setBuddy(self.partyPostEdit)
        self.applyDateLabel.setBuddy(self.applyDateEdit)
        self.joinDateLabel.setBuddy(self.joinDateEdit)
        self.conversionDateLabel.setBuddy(self.conversionDateEdit)
        self.workStartDateLabel.setBuddy(self.workStartDateEdit)
        self.flowingToLabel.setBuddy(self.flowingToEdit)
        self.flowingSinceLabel.setBuddy(self.flowingSinceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
        self.entryKindLabel.setBuddy(self.entryKindCombo)
        self.entryDateLabel.setBuddy(self.entryDateEdit)
        self.counterpartLabel.setBuddy(self.counterpartEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MemberDialog)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"\u515a\u5458\u4fe1\u606f", None))
        self.basicGroup.setTitle(QCoreApplication.translate("MemberDialog", u"\u57fa\u672c\u4fe1\u606f", None))
        self.nameLabel.setText(QCoreApplication.translate("MemberDialog", u"\u59d3\u540d", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u5fc5\u586b", None))
        self.idNumberLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8eab\u4efd\u8bc1\u53f7", None))
        self.idNumberEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"18\u4f4d\uff0c\u586b\u5199\u540e\u81ea\u52a8\u5e26\u51fa\u51fa\u751f\u65e5\u671f\u548c\u6027\u522b", None))
        self.genderLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6027\u522b", None))
        self.birthDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u51fa\u751f\u65e5\u671f", None))
        self.birthDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.ethnicityLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6c11\u65cf", None))
        self.nativePlaceLabel.setText(QCoreApplication.translate("MemberDialog", u"\u7c4d\u8d2f", None))
        self.nativePlaceEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a\u6cb3\u5357\u7701\u5170\u8003\u53bf", None))
        self.educationLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5b66\u5386", None))
        self.occupationLabel.setText(QCoreApplication.translate("MemberDialog", u"\u804c\u4e1a", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u624b\u673a\u53f7\u6216\u5e26\u533a\u53f7\u7684\u56fa\u5b9a\u7535\u8bdd", None))
        self.addressLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5bb6\u5ead\u4f4f\u5740", None))
        self.partyGroup.setTitle(QCoreApplication.translate("MemberDialog", u"\u515a\u7c4d\u4fe1\u606f", None))
        self.branchLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6240\u5728\u652f\u90e8", None))
        self.groupLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u5c0f\u7ec4", None))
        self.categoryLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u5458\u7c7b\u522b", None))
        self.partyPostLabel.setText(QCoreApplication.translate("MemberDialog", u"\u515a\u5185\u804c\u52a1", None))
        self.partyPostEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a\u652f\u90e8\u4e66\u8bb0", None))
        self.applyDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u7533\u8bf7\u5165\u515a\u65f6\u95f4", None))
        self.applyDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.joinDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5165\u515a\u65f6\u95f4", None))
        self.joinDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.conversionDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u6b63\u65f6\u95f4", None))
        self.conversionDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.workStartDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u53c2\u52a0\u5de5\u4f5c\u65f6\u95f4", None))
        self.workStartDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.otherGroup.setTitle(QCoreApplication.translate("MemberDialog", u"\u5176\u4ed6", None))
        self.flowingCheck.setText(QCoreApplication.translate("MemberDialog", u"\u6d41\u52a8\u515a\u5458", None))
        self.flowingToLabel.setText(QCoreApplication.translate("MemberDialog", u"\u6d41\u5411\u5730", None))
        self.flowingToEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a\u6d59\u6c5f\u7701\u5b81\u6ce2\u5e02", None))
        self.flowingSinceLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5916\u51fa\u65f6\u95f4", None))
        self.flowingSinceEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.hardshipCheck.setText(QCoreApplication.translate("MemberDialog", u"\u751f\u6d3b\u56f0\u96be", None))
        self.elderlyCheck.setText(QCoreApplication.translate("MemberDialog", u"\u5e74\u8001\u4f53\u5f31", None))
        self.noteLabel.setText(QCoreApplication.translate("MemberDialog", u"\u5907\u6ce8", None))
        self.entryGroup.setTitle(QCoreApplication.translate("MemberDialog", u"\u767b\u8bb0", None))
        self.entryKindLabel.setText(QCoreApplication.translate("MemberDialog", u"\u767b\u8bb0\u65b9\u5f0f", None))
        self.entryDateLabel.setText(QCoreApplication.translate("MemberDialog", u"\u767b\u8bb0\u65e5\u671f", None))
        self.entryDateEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.counterpartLabel.setText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u51fa\u515a\u7ec4\u7ec7", None))
        self.counterpartEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"\u8f6c\u5165\u65f6\u5fc5\u586b\uff1a\u539f\u6240\u5728\u515a\u7ec4\u7ec7", None))
    # retranslateUi

