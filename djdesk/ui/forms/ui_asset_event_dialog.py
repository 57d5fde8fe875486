# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/asset_event_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'asset_event_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_AssetEventDialog(object):
    def setupUi(self, AssetEventDialog):
        if not AssetEventDialog.objectName():
            AssetEventDialog.setObjectName(u"AssetEventDialog")
        AssetEventDialog.resize(480, 380)
        self.mainLayout = QVBoxLayout(AssetEventDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.assetLabel = QLabel(AssetEventDialog)
        self.assetLabel.setObjectName(u"assetLabel")
        self.assetLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.assetLabel)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(AssetEventDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindBox = QVBoxLayout()
        self.kindBox.setSpacing(1)
        self.kindBox.setObjectName(u"kindBox")
        self.kindCombo = QComboBox(AssetEventDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindBox.addWidget(self.kindCombo)

        self.kindError = QLabel(AssetEventDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setStyleSheet(u"color: #c62828;")
        self.kindError.setWordWrap(True)

        self.kindBox.addWidget(self.kindError)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindBox)

        self.dateLabel = QLabel(AssetEventDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateBox = QVBoxLayout()
        self.dateBox.setSpacing(1)
        self.dateBox.setObjectName(u"dateBox")
        self.dateEdit = QLineEdit(AssetEventDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.dateBox.addWidget(self.dateEdit)

        self.dateError = QLabel(AssetEventDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setStyleSheet(u"color: #c62828;")
        self.dateError.setWordWrap(True)

        self.dateBox.addWidget(self.dateError)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.dateBox)

        self.to_site_uuidLabel = QLabel(AssetEventDialog)
        self.to_site_uuidLabel.setObjectName(u"to_site_uuidLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.to_site_uuidLabel)

        self.to_site_uuidBox = QVBoxLayout()
        self.to_site_uuidBox.setSpacing(1)
        self.to_site_uuidBox.setObjectName(u"to_site_uuidBox")
        self.siteCombo = QComboBox(AssetEventDialog)
        self.siteCombo.setObjectName(u"siteCombo")

        self.to_site_uuidBox.addWidget(self.siteCombo)

        self.to_site_uuidError = QLabel(AssetEventDialog)
        self.to_site_uuidError.setObjectName(u"to_site_uuidError")
        self.to_site_uuidError.setStyleSheet(u"color: #c62828;")
        self.to_site_uuidError.setWordWrap(True)

        self.to_site_uuidBox.addWidget(self.to_site_uuidError)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.to_site_uuidBox)

        self.to_room_uuidLabel = QLabel(AssetEventDialog)
        self.to_room_uuidLabel.setObjectName(u"to_room_uuidLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.to_room_uuidLabel)

        self.to_room_uuidBox = QVBoxLayout()
        self.to_room_uuidBox.setSpacing(1)
        self.to_room_uuidBox.setObjectName(u"to_room_uuidBox")
        self.roomCombo = QComboBox(AssetEventDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.to_room_uuidBox.addWidget(self.roomCombo)

        self.to_room_uuidError = QLabel(AssetEventDialog)
        self.to_room_uuidError.setObjectName(u"to_room_uuidError")
        self.to_room_uuidError.setStyleSheet(u"color: #c62828;")
        self.to_room_uuidError.setWordWrap(True)

        self.to_room_uuidBox.addWidget(self.to_room_uuidError)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.to_room_uuidBox)

        self.conditionLabel = QLabel(AssetEventDialog)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.conditionBox = QVBoxLayout()
        self.conditionBox.setSpacing(1)
        self.conditionBox.setObjectName(u"conditionBox")
        self.conditionCombo = QComboBox(AssetEventDialog)
        self.conditionCombo.setObjectName(u"conditionCombo")

        self.conditionBox.addWidget(self.conditionCombo)

        self.conditionError = QLabel(AssetEventDialog)
        self.conditionError.setObjectName(u"conditionError")
        self.conditionError.setStyleSheet(u"color: #c62828;")
        self.conditionError.setWordWrap(True)

        self.conditionBox.addWidget(self.conditionError)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.conditionBox)

        self.cost_fenLabel = QLabel(AssetEventDialog)
        self.cost_fenLabel.setObjectName(u"cost_fenLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.cost_fenLabel)

        self.cost_fenBox = QVBoxLayout()
        self.cost_fenBox.setSpacing(1)
        self.cost_fenBox.setObjectName(u"cost_fenBox")
        self.costEdit = QLineEdit(AssetEventDialog)
        self.costEdit.setObjectName(u"costEdit")

        self.cost_fenBox.addWidget(self.costEdit)

        self.cost_fenError = QLabel(AssetEventDialog)
        self.cost_fenError.setObjectName(u"cost_fenError")
        self.cost_fenError.setStyleSheet(u"color: #c62828;")
        self.cost_fenError.setWordWrap(True)

        self.cost_fenBox.addWidget(self.cost_fenError)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.cost_fenBox)

        self.quantityLabel = QLabel(AssetEventDialog)
        self.quantityLabel.setObjectName(u"quantityLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.quantityLabel)

        self.quantityBox = QVBoxLayout()
        self.quantityBox.setSpacing(1)
        self.quantityBox.setObjectName(u"quantityBox")
        self.quantitySpin = QSpinBox(AssetEventDialog)
        self.quantitySpin.setObjectName(u"quantitySpin")
        self.quantitySpin.setMinimum(1)
        self.quantitySpin.setMaximum(1000000)

        self.quantityBox.addWidget(self.quantitySpin)

        self.quantityError = QLabel(AssetEventDialog)
        self.quantityError.setObjectName(u"quantityError")
        self.quantityError.setStyleSheet(u"color: #c62828;")
        self.quantityError.setWordWrap(True)

        self.quantityBox.addWidget(self.quantityError)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.quantityBox)

        self.approval_refLabel = QLabel(AssetEventDialog)
        self.approval_refLabel.setObjectName(u"approval_refLabel")

        self.fields.setWidget(7, QFormLayout.ItemRole.LabelRole, self.approval_refLabel)

        self.approval_refBox = QVBoxLayout()
        self.approval_refBox.setSpacing(1)
        self.approval_refBox.setObjectName(u"approval_refBox")
        self.approvalEdit = QLineEdit(AssetEventDialog)
        self.approvalEdit.setObjectName(u"approvalEdit")

        self.approval_refBox.addWidget(self.approvalEdit)

        self.approval_refError = QLabel(AssetEventDialog)
        self.approval_refError.setObjectName(u"approval_refError")
        self.approval_refError.setStyleSheet(u"color: #c62828;")
        self.approval_refError.setWordWrap(True)

        self.approval_refBox.addWidget(self.approval_refError)


        self.fields.setLayout(7, QFormLayout.ItemRole.FieldRole, self.approval_refBox)

        self.personLabel = QLabel(AssetEventDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.fields.setWidget(8, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personBox = QVBoxLayout()
        self.personBox.setSpacing(1)
        self.personBox.setObjectName(u"personBox")
        self.personEdit = QLineEdit(AssetEventDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.personBox.addWidget(self.personEdit)

        self.personError = QLabel(AssetEventDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setStyleSheet(u"color: #c62828;")
        self.personError.setWordWrap(True)

        self.personBox.addWidget(self.personError)


        self.fields.setLayout(8, QFormLayout.ItemRole.FieldRole, self.personBox)

        self.noteLabel = QLabel(AssetEventDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.setWidget(9, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(1)
        self.noteBox.setObjectName(u"noteBox")
        self.noteEdit = QLineEdit(AssetEventDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteBox.addWidget(self.noteEdit)

        self.noteError = QLabel(AssetEventDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setWordWrap(True)

        self.noteBox.addWidget(self.noteError)


        self.fields.setLayout(9, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.mainLayout.addLayout(self.fields)

        self.generalError = QLabel(AssetEventDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #c62828;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(AssetEventDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.to_site_uuidLabel.setBuddy(self.siteCombo)
        self.to_room_uuidLabel.setBuddy(self.roomCombo)
        self.conditionLabel.setBuddy(self.conditionCombo)
        self.cost_fenLabel.setBuddy(self.costEdit)
        self.quantityLabel.setBuddy(self.quantitySpin)
        self.approval_refLabel.setBuddy(self.approvalEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AssetEventDialog)

        QMetaObject.connectSlotsByName(AssetEventDialog)
    # setupUi

    def retranslateUi(self, AssetEventDialog):
        AssetEventDialog.setWindowTitle(QCoreApplication.translate("AssetEventDialog", u"\u8d44\u4ea7\u53d8\u52a8", None))
        self.kindLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u529e\u7406\u4e8b\u9879", None))
        self.dateLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u65e5\u671f", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("AssetEventDialog", u"\u4f8b\uff1a2025-03-01", None))
        self.to_site_uuidLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u8c03\u5f80\u573a\u6240", None))
        self.to_room_uuidLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u8c03\u5f80\u4f4d\u7f6e", None))
        self.conditionLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u5904\u7f6e\u540e\u72b6\u51b5", None))
        self.cost_fenLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u7ef4\u4fee\u8d39\u7528\uff08\u5143\uff09", None))
        self.costEdit.setPlaceholderText(QCoreApplication.translate("AssetEventDialog", u"\u4f8b\uff1a120.00\uff0c\u6ca1\u6709\u53ef\u4e0d\u586b", None))
        self.quantityLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u6570\u91cf", None))
        self.approval_refLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u5ba1\u6279\u6587\u53f7", None))
        self.approvalEdit.setPlaceholderText(QCoreApplication.translate("AssetEventDialog", u"\u4f8b\uff1a\u7ea2\u661f\u4e61\u30142025\u301512\u53f7 \u6216 \u6751\u4e24\u59d4\u4f1a\u8bae\u8bb0\u5f55", None))
        self.personLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u7ecf\u529e\u4eba", None))
        self.noteLabel.setText(QCoreApplication.translate("AssetEventDialog", u"\u8bf4\u660e", None))
    # retranslateUi

