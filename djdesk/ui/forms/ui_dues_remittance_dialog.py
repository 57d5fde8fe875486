# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_remittance_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_remittance_dialog.ui'
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
    QVBoxLayout, QWidget)

class Ui_DuesRemittanceDialog(object):
    def setupUi(self, DuesRemittanceDialog):
        if not DuesRemittanceDialog.objectName():
            DuesRemittanceDialog.setObjectName(u"DuesRemittanceDialog")
        DuesRemittanceDialog.resize(600, 380)
        self.mainLayout = QVBoxLayout(DuesRemittanceDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.branchLabel = QLabel(DuesRemittanceDialog)
        self.branchLabel.setObjectName(u"branchLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.branchLabel)

        self.branchValue = QLabel(DuesRemittanceDialog)
        self.branchValue.setObjectName(u"branchValue")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.branchValue)

        self.fromLabel = QLabel(DuesRemittanceDialog)
        self.fromLabel.setObjectName(u"fromLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fromLabel)

        self.fromEdit = QLineEdit(DuesRemittanceDialog)
        self.fromEdit.setObjectName(u"fromEdit")
        self.fromEdit.setPlaceholderText(u"2026-01")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.fromEdit)

        self.toLabel = QLabel(DuesRemittanceDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(DuesRemittanceDialog)
        self.toEdit.setObjectName(u"toEdit")
        self.toEdit.setPlaceholderText(u"2026-03")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)

        self.expectedLabel = QLabel(DuesRemittanceDialog)
        self.expectedLabel.setObjectName(u"expectedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.expectedLabel)

        self.expectedValue = QLabel(DuesRemittanceDialog)
        self.expectedValue.setObjectName(u"expectedValue")
        self.expectedValue.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.expectedValue)

        self.amountLabel = QLabel(DuesRemittanceDialog)
        self.amountLabel.setObjectName(u"amountLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(DuesRemittanceDialog)
        self.amountEdit.setObjectName(u"amountEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.dateLabel = QLabel(DuesRemittanceDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DuesRemittanceDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setPlaceholderText(u"2026-03-05")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.voucherLabel = QLabel(DuesRemittanceDialog)
        self.voucherLabel.setObjectName(u"voucherLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.voucherLabel)

        self.voucherEdit = QLineEdit(DuesRemittanceDialog)
        self.voucherEdit.setObjectName(u"voucherEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.voucherEdit)

        self.receivedByLabel = QLabel(DuesRemittanceDialog)
        self.receivedByLabel.setObjectName(u"receivedByLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.receivedByLabel)

        self.receivedByEdit = QLineEdit(DuesRemittanceDialog)
        self.receivedByEdit.setObjectName(u"receivedByEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.receivedByEdit)

        self.noteLabel = QLabel(DuesRemittanceDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesRemittanceDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.form)

        self.lockNote = QLabel(DuesRemittanceDialog)
        self.lockNote.setObjectName(u"lockNote")
        self.lockNote.setWordWrap(True)
        self.lockNote.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.lockNote)

        self.warningLabel = QLabel(DuesRemittanceDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px 8px; }")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(DuesRemittanceDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesRemittanceDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.fromLabel.setBuddy(self.fromEdit)
        self.toLabel.setBuddy(self.toEdit)
        self.amountLabel.setBuddy(self.amountEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.voucherLabel.setBuddy(self.voucherEdit)
        self.receivedByLabel.setBuddy(self.receivedByEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fromEdit, self.toEdit)
        QWidget.setTabOrder(self.toEdit, self.amountEdit)
        QWidget.setTabOrder(self.amountEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.voucherEdit)
        QWidget.setTabOrder(self.voucherEdit, self.receivedByEdit)
        QWidget.setTabOrder(self.receivedByEdit, self.noteEdit)

        self.retranslateUi(DuesRemittanceDialog)

        QMetaObject.connectSlotsByName(DuesRemittanceDialog)
    # setupUi

    def retranslateUi(self, DuesRemittanceDialog):
        DuesRemittanceDialog.setWindowTitle(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u515a\u8d39", None))
        self.branchLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u515a\u652f\u90e8", None))
        self.fromLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u671f\u95f4\u81ea", None))
        self.toLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u81f3", None))
        self.expectedLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u5e94\u4e0a\u7f34", None))
        self.amountLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u91d1\u989d\uff08\u5143\uff09", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u65e5\u671f", None))
        self.voucherLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u51ed\u8bc1\u53f7", None))
        self.voucherEdit.setPlaceholderText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e61\u9547\u515a\u59d4\u56de\u6267\u6216\u8f6c\u8d26\u51ed\u8bc1\u53f7", None))
        self.receivedByLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u63a5\u6536\u4eba", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u5907\u6ce8", None))
        self.lockNote.setText(QCoreApplication.translate("DuesRemittanceDialog", u"\u4e0a\u7f34\u540e\uff0c\u6240\u5217\u671f\u95f4\u5373\u9501\u5b9a\uff1a\u4e0d\u80fd\u518d\u5728\u8fd9\u4e9b\u6708\u4efd\u8bb0\u8d26\uff0c\u4ee5\u540e\u7684\u66f4\u6b63\u8bb0\u5728\u5f53\u524d\u671f\u95f4\u3002", None))
    # retranslateUi

