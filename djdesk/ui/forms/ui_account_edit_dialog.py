# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/account_edit_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'account_edit_dialog.ui'
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
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_AccountEditDialog(object):
    def setupUi(self, AccountEditDialog):
        if not AccountEditDialog.objectName():
            AccountEditDialog.setObjectName(u"AccountEditDialog")
        AccountEditDialog.resize(400, 260)
        self.mainLayout = QVBoxLayout(AccountEditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.nameLabel = QLabel(AccountEditDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(AccountEditDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.displayNameLabel = QLabel(AccountEditDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayNameEdit = QLineEdit(AccountEditDialog)
        self.displayNameEdit.setObjectName(u"displayNameEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.displayNameEdit)

        self.roleLabel = QLabel(AccountEditDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(AccountEditDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.oldPasswordLabel = QLabel(AccountEditDialog)
        self.oldPasswordLabel.setObjectName(u"oldPasswordLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.oldPasswordLabel)

        self.oldPasswordEdit = QLineEdit(AccountEditDialog)
        self.oldPasswordEdit.setObjectName(u"oldPasswordEdit")
        self.oldPasswordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.oldPasswordEdit)

        self.passwordLabel = QLabel(AccountEditDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(AccountEditDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.againLabel = QLabel(AccountEditDialog)
        self.againLabel.setObjectName(u"againLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.againLabel)

        self.againEdit = QLineEdit(AccountEditDialog)
        self.againEdit.setObjectName(u"againEdit")
        self.againEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.againEdit)


        self.mainLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(AccountEditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(AccountEditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AccountEditDialog)

        QMetaObject.connectSlotsByName(AccountEditDialog)
    # setupUi

    def retranslateUi(self, AccountEditDialog):
        AccountEditDialog.setWindowTitle(QCoreApplication.translate("AccountEditDialog", u"\u65b0\u5efa\u8d26\u53f7", None))
        self.nameLabel.setText(QCoreApplication.translate("AccountEditDialog", u"\u7528\u6237\u540d", None))
        self.displayNameLabel.setText(QCoreApplication.translate("AccountEditDialog", u"\u59d3\u540d", None))
        self.roleLabel.setText(QCoreApplication.translate("AccountEditDialog", u"\u89d2\u8272", None))
        self.oldPasswordLabel.setText(QCoreApplication.translate("AccountEditDialog", u"\u539f\u5bc6\u7801", None))
        self.passwordLabel.setText(QCoreApplication.translate("AccountEditDialog", u"\u5bc6\u7801", None))
        self.againLabel.setText(QCoreApplication.translate("AccountEditDialog", u"\u518d\u8f93\u4e00\u6b21", None))
    # retranslateUi

