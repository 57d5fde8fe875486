# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/site_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'site_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_SiteDialog(object):
    def setupUi(self, SiteDialog):
        if not SiteDialog.objectName():
            SiteDialog.setObjectName(u"SiteDialog")
        SiteDialog.resize(860, 640)
        self.mainLayout = QVBoxLayout(SiteDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QHBoxLayout()
        self.fields.setObjectName(u"fields")
        self.fieldsLeft = QFormLayout()
        self.fieldsLeft.setObjectName(u"fieldsLeft")
        self.fieldsLeft.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.nameLabel = QLabel(SiteDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.fieldsLeft.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameBox = QVBoxLayout()
        self.nameBox.setSpacing(1)
        self.nameBox.setObjectName(u"nameBox")
        self.nameEdit = QLineEdit(SiteDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.nameBox.addWidget(self.nameEdit)

        self.nameError = QLabel(SiteDialog)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #c62828;")
        self.nameError.setWordWrap(True)

        self.nameBox.addWidget(self.nameError)


        self.fieldsLeft.setLayout(0, QFormLayout.ItemRole.FieldRole, self.nameBox)

        self.addressLabel = QLabel(SiteDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.fieldsLeft.setWidget(1, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressBox = QVBoxLayout()
        self.addressBox.setSpacing(1)
        self.addressBox.setObjectName(u"addressBox")
        self.addressEdit = QLineEdit(SiteDialog)
        self.addressEdit.setObjectName(u"addressEdit")

        self.addressBox.addWidget(self.addressEdit)

        self.addressError = QLabel(SiteDialog)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setStyleSheet(u"color: #c62828;")
        self.addressError.setWordWrap(True)

        self.addressBox.addWidget(self.addressError)


        self.fieldsLeft.setLayout(1, QFormLayout.ItemRole.FieldRole, self.addressBox)

        self.building_areaLabel = QLabel(SiteDialog)
        self.building_areaLabel.setObjectName(u"building_areaLabel")

        self.fieldsLeft.setWidget(2, QFormLayout.ItemRole.LabelRole, self.building_areaLabel)

        self.building_areaBox = QVBoxLayout()
        self.building_areaBox.setSpacing(1)
        self.building_areaBox.setObjectName(u"building_areaBox")
        self.buildingAreaEdit = QLineEdit(SiteDialog)
        self.buildingAreaEdit.setObjectName(u"buildingAreaEdit")

        self.building_areaBox.addWidget(self.buildingAreaEdit)

        self.building_areaError = QLabel(SiteDialog)
        self.building_areaError.setObjectName(u"building_areaError")
        self.building_areaError.setStyleSheet(u"color: #c62828;")
        self.building_areaError.setWordWrap(True)

        self.building_areaBox.addWidget(self.building_areaError)


        self.fieldsLeft.setLayout(2, QFormLayout.ItemRole.FieldRole, self.building_areaBox)

        self.land_areaLabel = QLabel(SiteDialog)
        self.land_areaLabel.setObjectName(u"land_areaLabel")

        self.fieldsLeft.setWidget(3, QFormLayout.ItemRole.LabelRole, self.land_areaLabel)

        self.land_areaBox = QVBoxLayout()
        self.land_areaBox.setSpacing(1)
        self.land_areaBox.setObjectName(u"land_areaBox")
        self.landAreaEdit = QLineEdit(SiteDialog)
        self.landAreaEdit.setObjectName(u"landAreaEdit")

        self.land_areaBox.addWidget(self.landAreaEdit)

        self.land_areaError = QLabel(SiteDialog)
        self.land_areaError.setObjectName(u"land_areaError")
        self.land_areaError.setStyleSheet(u"color: #c62828;")
        self.land_areaError.setWordWrap(True)

        self.land_areaBox.addWidget(self.land_areaError)


        self.fieldsLeft.setLayout(3, QFormLayout.ItemRole.FieldRole, self.land_areaBox)

        self.year_builtLabel = QLabel(SiteDialog)
        self.year_builtLabel.setObjectName(u"year_builtLabel")

        self.fieldsLeft.setWidget(4, QFormLayout.ItemRole.LabelRole, self.year_builtLabel)

        self.year_builtBox = QVBoxLayout()
        self.year_builtBox.setSpacing(1)
        self.year_builtBox.setObjectName(u"year_builtBox")
        self.yearBuiltEdit = QLineEdit(SiteDialog)
        self.yearBuiltEdit.setObjectName(u"yearBuiltEdit")

        self.year_builtBox.addWidget(self.yearBuiltEdit)

        self.year_builtError = QLabel(SiteDialog)
        self.year_builtError.setObjectName(u"year_builtError")
        self.year_builtError.setStyleSheet(u"color: #c62828;")
        self.year_builtError.setWordWrap(True)

        self.year_builtBox.addWidget(self.year_builtError)


        self.fieldsLeft.setLayout(4, QFormLayout.ItemRole.FieldRole, self.year_builtBox)


        self.fields.addLayout(self.fieldsLeft)

        self.fieldsRight = QFormLayout()
        self.fieldsRight.setObjectName(u"fieldsRight")
        self.fieldsRight.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.year_renovatedLabel = QLabel(SiteDialog)
        self.year_renovatedLabel.setObjectName(u"year_renovatedLabel")

        self.fieldsRight.setWidget(0, QFormLayout.ItemRole.LabelRole, self.year_renovatedLabel)

        self.year_renovatedBox = QVBoxLayout()
        self.year_renovatedBox.setSpacing(1)
        self.year_renovatedBox.setObjectName(u"year_renovatedBox")
        self.yearRenovatedEdit = QLineEdit(SiteDialog)
        self.yearRenovatedEdit.setObjectName(u"yearRenovatedEdit")

        self.year_renovatedBox.addWidget(self.yearRenovatedEdit)

        self.year_renovatedError = QLabel(SiteDialog)
        self.year_renovatedError.setObjectName(u"year_renovatedError")
        self.year_renovatedError.setStyleSheet(u"color: #c62828;")
        self.year_renovatedError.setWordWrap(True)

        self.year_renovatedBox.addWidget(self.year_renovatedError)


        self.fieldsRight.setLayout(0, QFormLayout.ItemRole.FieldRole, self.year_renovatedBox)

        self.ownershipLabel = QLabel(SiteDialog)
        self.ownershipLabel.setObjectName(u"ownershipLabel")

        self.fieldsRight.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ownershipLabel)

        self.ownershipBox = QVBoxLayout()
        self.ownershipBox.setSpacing(1)
        self.ownershipBox.setObjectName(u"ownershipBox")
        self.ownershipCombo = QComboBox(SiteDialog)
        self.ownershipCombo.setObjectName(u"ownershipCombo")
        self.ownershipCombo.setEditable(True)

        self.ownershipBox.addWidget(self.ownershipCombo)

        self.ownershipError = QLabel(SiteDialog)
        self.ownershipError.setObjectName(u"ownershipError")
        self.ownershipError.setStyleSheet(u"color: #c62828;")
        self.ownershipError.setWordWrap(True)

        self.ownershipBox.addWidget(self.ownershipError)


        self.fieldsRight.setLayout(1, QFormLayout.ItemRole.FieldRole, self.ownershipBox)

        self.opening_hoursLabel = QLabel(SiteDialog)
        self.opening_hoursLabel.setObjectName(u"opening_hoursLabel")

        self.fieldsRight.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opening_hoursLabel)

        self.opening_hoursBox = QVBoxLayout()
        self.opening_hoursBox.setSpacing(1)
        self.opening_hoursBox.setObjectName(u"opening_hoursBox")
        self.openingHoursEdit = QLineEdit(SiteDialog)
        self.openingHoursEdit.setObjectName(u"openingHoursEdit")

        self.opening_hoursBox.addWidget(self.openingHoursEdit)

        self.opening_hoursError = QLabel(SiteDialog)
        self.opening_hoursError.setObjectName(u"opening_hoursError")
        self.opening_hoursError.setStyleSheet(u"color: #c62828;")
        self.opening_hoursError.setWordWrap(True)

        self.opening_hoursBox.addWidget(self.opening_hoursError)


        self.fieldsRight.setLayout(2, QFormLayout.ItemRole.FieldRole, self.opening_hoursBox)

        self.responsibleLabel = QLabel(SiteDialog)
        self.responsibleLabel.setObjectName(u"responsibleLabel")

        self.fieldsRight.setWidget(3, QFormLayout.ItemRole.LabelRole, self.responsibleLabel)

        self.responsibleBox = QVBoxLayout()
        self.responsibleBox.setSpacing(1)
        self.responsibleBox.setObjectName(u"responsibleBox")
        self.responsibleEdit = QLineEdit(SiteDialog)
        self.responsibleEdit.setObjectName(u"responsibleEdit")

        self.responsibleBox.addWidget(self.responsibleEdit)

        self.responsibleError = QLabel(SiteDialog)
        self.responsibleError.setObjectName(u"responsibleError")
        self.responsibleError.setStyleSheet(u"color: #c62828;")
        self.responsibleError.setWordWrap(True)

        self.responsibleBox.addWidget(self.responsibleError)


        self.fieldsRight.setLayout(3, QFormLayout.ItemRole.FieldRole, self.responsibleBox)

        self.phoneLabel = QLabel(SiteDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.fieldsRight.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(1)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(SiteDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(SiteDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #c62828;")
        self.phoneError.setWordWrap(True)

        self.phoneBox.addWidget(self.phoneError)


        self.fieldsRight.setLayout(4, QFormLayout.ItemRole.FieldRole, self.phoneBox)


        self.fields.addLayout(self.fieldsRight)


        self.mainLayout.addLayout(self.fields)

        self.noteRow = QHBoxLayout()
        self.noteRow.setObjectName(u"noteRow")
        self.noteLabel = QLabel(SiteDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.noteRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(SiteDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteRow.addWidget(self.noteEdit)


        self.mainLayout.addLayout(self.noteRow)

        self.roomsLabel = QLabel(SiteDialog)
        self.roomsLabel.setObjectName(u"roomsLabel")

        self.mainLayout.addWidget(self.roomsLabel)

        self.roomsTable = QTableWidget(SiteDialog)
        self.roomsTable.setObjectName(u"roomsTable")

        self.mainLayout.addWidget(self.roomsTable)

        self.roomButtons = QHBoxLayout()
        self.roomButtons.setObjectName(u"roomButtons")
        self.addRoomButton = QPushButton(SiteDialog)
        self.addRoomButton.setObjectName(u"addRoomButton")

        self.roomButtons.addWidget(self.addRoomButton)

        self.removeRoomButton = QPushButton(SiteDialog)
        self.removeRoomButton.setObjectName(u"removeRoomButton")

        self.roomButtons.addWidget(self.removeRoomButton)

        self.roomSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.roomButtons.addItem(self.roomSpacer)


        self.mainLayout.addLayout(self.roomButtons)

        self.fundingLabel = QLabel(SiteDialog)
        self.fundingLabel.setObjectName(u"fundingLabel")

        self.mainLayout.addWidget(self.fundingLabel)

        self.fundingTable = QTableWidget(SiteDialog)
        self.fundingTable.setObjectName(u"fundingTable")

        self.mainLayout.addWidget(self.fundingTable)

        self.fundingButtons = QHBoxLayout()
        self.fundingButtons.setObjectName(u"fundingButtons")
        self.addFundingButton = QPushButton(SiteDialog)
        self.addFundingButton.setObjectName(u"addFundingButton")

        self.fundingButtons.addWidget(self.addFundingButton)

        self.removeFundingButton = QPushButton(SiteDialog)
        self.removeFundingButton.setObjectName(u"removeFundingButton")

        self.fundingButtons.addWidget(self.removeFundingButton)

        self.fundingSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fundingButtons.addItem(self.fundingSpacer)


        self.mainLayout.addLayout(self.fundingButtons)

        self.generalError = QLabel(SiteDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #c62828;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SiteDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.building_areaLabel.setBuddy(self.buildingAreaEdit)
        self.land_areaLabel.setBuddy(self.landAreaEdit)
        self.year_builtLabel.setBuddy(self.yearBuiltEdit)
        self.year_renovatedLabel.setBuddy(self.yearRenovatedEdit)
        self.ownershipLabel.setBuddy(self.ownershipCombo)
        self.opening_hoursLabel.setBuddy(self.openingHoursEdit)
        self.responsibleLabel.setBuddy(self.responsibleEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SiteDialog)

        QMetaObject.connectSlotsByName(SiteDialog)
    # setupUi

    def retranslateUi(self, SiteDialog):
        SiteDialog.setWindowTitle(QCoreApplication.translate("SiteDialog", u"\u6d3b\u52a8\u573a\u6240", None))
        self.nameLabel.setText(QCoreApplication.translate("SiteDialog", u"\u573a\u6240\u540d\u79f0", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"\u4f8b\uff1a\u674e\u5bb6\u6751\u515a\u7fa4\u670d\u52a1\u4e2d\u5fc3", None))
        self.addressLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5730\u5740", None))
        self.building_areaLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5efa\u7b51\u9762\u79ef\uff08\u33a1\uff09", None))
        self.land_areaLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5360\u5730\u9762\u79ef\uff08\u33a1\uff09", None))
        self.year_builtLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5efa\u6210\u5e74\u4efd", None))
        self.yearBuiltEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"\u4f8b\uff1a2016", None))
        self.year_renovatedLabel.setText(QCoreApplication.translate("SiteDialog", u"\u6539\u6269\u5efa\u5e74\u4efd", None))
        self.ownershipLabel.setText(QCoreApplication.translate("SiteDialog", u"\u4ea7\u6743", None))
        self.opening_hoursLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5f00\u653e\u65f6\u95f4", None))
        self.openingHoursEdit.setPlaceholderText(QCoreApplication.translate("SiteDialog", u"\u4f8b\uff1a\u5de5\u4f5c\u65e5 8:30-17:30", None))
        self.responsibleLabel.setText(QCoreApplication.translate("SiteDialog", u"\u8d1f\u8d23\u4eba", None))
        self.phoneLabel.setText(QCoreApplication.translate("SiteDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.noteLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5907\u6ce8", None))
        self.roomsLabel.setText(QCoreApplication.translate("SiteDialog", u"\u529f\u80fd\u5ba4\u548c\u533a\u57df\uff08\u7c7b\u578b\u53ef\u4ece\u5217\u8868\u9009\uff0c\u4e5f\u53ef\u81ea\u5df1\u586b\u5199\uff09", None))
        self.addRoomButton.setText(QCoreApplication.translate("SiteDialog", u"\u6dfb\u52a0\u529f\u80fd\u5ba4", None))
        self.removeRoomButton.setText(QCoreApplication.translate("SiteDialog", u"\u5220\u9664\u529f\u80fd\u5ba4", None))
        self.fundingLabel.setText(QCoreApplication.translate("SiteDialog", u"\u5efa\u8bbe\u8d44\u91d1\u6765\u6e90\uff08\u91d1\u989d\u5355\u4f4d\uff1a\u5143\uff09", None))
        self.addFundingButton.setText(QCoreApplication.translate("SiteDialog", u"\u6dfb\u52a0\u8d44\u91d1\u6765\u6e90", None))
        self.removeFundingButton.setText(QCoreApplication.translate("SiteDialog", u"\u5220\u9664\u8d44\u91d1\u6765\u6e90", None))
    # retranslateUi

