# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_void_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_void_dialog.ui'
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

class Ui_DuesVoidDialog(object):
    def setupUi(self, DuesVoidDialog):
        if not DuesVoidDialog.objectName():
            DuesVoidDialog.setObjectName(u"DuesVoidDialog")
        DuesVoidDialog.resize(580, 300)
        self.mainLayout = QVBoxLayout(DuesVoidDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.ruleLabel = QLabel(DuesVoidDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.ruleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.branchLabel = QLabel(DuesVoidDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchValue = QLabel(DuesVoidDialog)
        self.branchValue.setObjectName(u"branchValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchValue)

        self.dateLabel = QLabel(DuesVoidDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DuesVoidDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setPlaceholderText(u"2026-03-05")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.receiptLabel = QLabel(DuesVoidDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptValue = QLabel(DuesVoidDialog)
        self.receiptValue.setObjectName(u"receiptValue")
        self.receiptValue.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receiptValue)

        self.reasonLabel = QLabel(DuesVoidDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(DuesVoidDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(DuesVoidDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(DuesVoidDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dateEdit, self.reasonEdit)

        self.retranslateUi(DuesVoidDialog)

        QMetaObject.connectSlotsByName(DuesVoidDialog)
    # setupUi

    def retranslateUi(self, DuesVoidDialog):
        DuesVoidDialog.setWindowTitle(QCoreApplication.translate("DuesVoidDialog", u"\u4f5c\u5e9f\u6536\u636e", None))
        self.ruleLabel.setText(QCoreApplication.translate("DuesVoidDialog", u"\u6536\u636e\u586b\u9519\u3001\u6495\u6bc1\u6216\u9057\u5931\u65f6\uff0c\u4f5c\u5e9f\u8fd9\u5f20\u6536\u636e\u7684\u7f16\u53f7\uff1a\u7f16\u53f7\u8bb0\u5165\u53f0\u8d26\u5e76\u6ce8\u660e\u539f\u56e0\uff0c\u4ee5\u540e\u7684\u6536\u636e\u63a5\u7740\u4e0b\u4e00\u4e2a\u7f16\u53f7\uff0c\u6536\u636e\u7f16\u53f7\u59cb\u7ec8\u8fde\u7eed\u3002\u4f5c\u5e9f\u7684\u6536\u636e\u4e0d\u6536\u6b3e\uff0c\u4e5f\u4e0d\u80fd\u6062\u590d\uff1b\u8bf7\u628a\u4f5c\u5e9f\u7684\u6536\u636e\u8054\u4fdd\u5b58\u5907\u67e5\u3002", None))
        self.branchLabel.setText(QCoreApplication.translate("DuesVoidDialog", u"\u515a\u652f\u90e8", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesVoidDialog", u"\u4f5c\u5e9f\u65e5\u671f", None))
        self.receiptLabel.setText(QCoreApplication.translate("DuesVoidDialog", u"\u4f5c\u5e9f\u7684\u6536\u636e\u53f7", None))
        self.reasonLabel.setText(QCoreApplication.translate("DuesVoidDialog", u"\u4f5c\u5e9f\u539f\u56e0", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DuesVoidDialog", u"\u4f8b\u5982\uff1a\u91d1\u989d\u5199\u9519\u3001\u6495\u6bc1\u3001\u9057\u5931", None))
    # retranslateUi

