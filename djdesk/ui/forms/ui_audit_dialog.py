# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/audit_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'audit_dialog.ui'
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
from djdesk.ui.qt import (QAbstractButton, QAbstractItemView, QApplication, QComboBox,
    QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        AuditDialog.resize(980, 560)
        self.mainLayout = QVBoxLayout(AuditDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.tableLabel = QLabel(AuditDialog)
        self.tableLabel.setObjectName(u"tableLabel")

        self.filterRow.addWidget(self.tableLabel)

        self.tableCombo = QComboBox(AuditDialog)
        self.tableCombo.setObjectName(u"tableCombo")

        self.filterRow.addWidget(self.tableCombo)

        self.accountLabel = QLabel(AuditDialog)
        self.accountLabel.setObjectName(u"accountLabel")

        self.filterRow.addWidget(self.accountLabel)

        self.accountCombo = QComboBox(AuditDialog)
        self.accountCombo.setObjectName(u"accountCombo")

        self.filterRow.addWidget(self.accountCombo)

        self.sinceLabel = QLabel(AuditDialog)
        self.sinceLabel.setObjectName(u"sinceLabel")

        self.filterRow.addWidget(self.sinceLabel)

        self.sinceEdit = QLineEdit(AuditDialog)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setMaximumWidth(110)

        self.filterRow.addWidget(self.sinceEdit)

        self.untilLabel = QLabel(AuditDialog)
        self.untilLabel.setObjectName(u"untilLabel")

        self.filterRow.addWidget(self.untilLabel)

        self.untilEdit = QLineEdit(AuditDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setMaximumWidth(110)

        self.filterRow.addWidget(self.untilEdit)

        self.textEdit = QLineEdit(AuditDialog)
        self.textEdit.setObjectName(u"textEdit")

        self.filterRow.addWidget(self.textEdit)

        self.searchButton = QPushButton(AuditDialog)
        self.searchButton.setObjectName(u"searchButton")

        self.filterRow.addWidget(self.searchButton)


        self.mainLayout.addLayout(self.filterRow)

        self.errorLabel = QLabel(AuditDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c0392b;")

        self.mainLayout.addWidget(self.errorLabel)

        self.logTable = QTableWidget(AuditDialog)
        self.logTable.setObjectName(u"logTable")
        self.logTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logTable.setAlternatingRowColors(True)
        self.logTable.setWordWrap(False)

        self.mainLayout.addWidget(self.logTable)

        self.pageRow = QHBoxLayout()
        self.pageRow.setObjectName(u"pageRow")
        self.countLabel = QLabel(AuditDialog)
        self.countLabel.setObjectName(u"countLabel")

        self.pageRow.addWidget(self.countLabel)

        self.pageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pageRow.addItem(self.pageSpacer)

        self.moreButton = QPushButton(AuditDialog)
        self.moreButton.setObjectName(u"moreButton")

        self.pageRow.addWidget(self.moreButton)


        self.mainLayout.addLayout(self.pageRow)

        self.buttonBox = QDialogButtonBox(AuditDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"\u64cd\u4f5c\u65e5\u5fd7", None))
        self.tableLabel.setText(QCoreApplication.translate("AuditDialog", u"\u7c7b\u522b", None))
        self.accountLabel.setText(QCoreApplication.translate("AuditDialog", u"\u8d26\u53f7", None))
        self.sinceLabel.setText(QCoreApplication.translate("AuditDialog", u"\u4ece", None))
        self.sinceEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"2026-01-01", None))
        self.untilLabel.setText(QCoreApplication.translate("AuditDialog", u"\u5230", None))
        self.untilEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"2026-12-31", None))
        self.textEdit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"\u641c\u7d22\uff1a\u59d3\u540d\u3001\u8d26\u53f7\u6216\u4fee\u6539\u5185\u5bb9", None))
        self.searchButton.setText(QCoreApplication.translate("AuditDialog", u"\u67e5\u8be2", None))
        self.moreButton.setText(QCoreApplication.translate("AuditDialog", u"\u663e\u793a\u66f4\u65e9\u7684\u8bb0\u5f55", None))
    # retranslateUi

