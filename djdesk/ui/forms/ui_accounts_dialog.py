# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/accounts_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accounts_dialog.ui'
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
from djdesk.ui.qt import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AccountsDialog(object):
    def setupUi(self, AccountsDialog):
        if not AccountsDialog.objectName():
            AccountsDialog.setObjectName(u"AccountsDialog")
        AccountsDialog.resize(720, 420)
        self.mainLayout = QVBoxLayout(AccountsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.loginCheck = QCheckBox(AccountsDialog)
        self.loginCheck.setObjectName(u"loginCheck")

        self.mainLayout.addWidget(self.loginCheck)

        self.accountTable = QTableWidget(AccountsDialog)
        self.accountTable.setObjectName(u"accountTable")
        self.accountTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.accountTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accountTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accountTable.setAlternatingRowColors(True)

        self.mainLayout.addWidget(self.accountTable)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.addButton = QPushButton(AccountsDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttonRow.addWidget(self.addButton)

        self.roleButton = QPushButton(AccountsDialog)
        self.roleButton.setObjectName(u"roleButton")

        self.buttonRow.addWidget(self.roleButton)

        self.activeButton = QPushButton(AccountsDialog)
        self.activeButton.setObjectName(u"activeButton")

        self.buttonRow.addWidget(self.activeButton)

        self.resetButton = QPushButton(AccountsDialog)
        self.resetButton.setObjectName(u"resetButton")

        self.buttonRow.addWidget(self.resetButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)


        self.mainLayout.addLayout(self.buttonRow)

        self.buttonBox = QDialogButtonBox(AccountsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AccountsDialog)

        QMetaObject.connectSlotsByName(AccountsDialog)
    # setupUi

    def retranslateUi(self, AccountsDialog):
        AccountsDialog.setWindowTitle(QCoreApplication.translate("AccountsDialog", u"\u8d26\u6237\u7ba1\u7406", None))
        self.loginCheck.setText(QCoreApplication.translate("AccountsDialog", u"\u542f\u52a8\u65f6\u8981\u6c42\u767b\u5f55\uff08\u7528\u6237\u540d\u548c\u5bc6\u7801\uff09", None))
        self.addButton.setText(QCoreApplication.translate("AccountsDialog", u"\u65b0\u5efa\u8d26\u53f7\u2026", None))
        self.roleButton.setText(QCoreApplication.translate("AccountsDialog", u"\u4fee\u6539\u89d2\u8272\u2026", None))
        self.activeButton.setText(QCoreApplication.translate("AccountsDialog", u"\u505c\u7528", None))
        self.resetButton.setText(QCoreApplication.translate("AccountsDialog", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
    # retranslateUi

