# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_payment_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_payment_dialog.ui'
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
    QLineEdit, QListWidget, QListWidgetItem, QPushButton,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DuesPaymentDialog(object):
    def setupUi(self, DuesPaymentDialog):
        if not DuesPaymentDialog.objectName():
            DuesPaymentDialog.setObjectName(u"DuesPaymentDialog")
        DuesPaymentDialog.resize(820, 560)
        self.mainLayout = QVBoxLayout(DuesPaymentDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.monthsColumn = QVBoxLayout()
        self.monthsColumn.setObjectName(u"monthsColumn")
        self.monthsLabel = QLabel(DuesPaymentDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")
        self.monthsLabel.setWordWrap(True)

        self.monthsColumn.addWidget(self.monthsLabel)

        self.monthsList = QListWidget(DuesPaymentDialog)
        self.monthsList.setObjectName(u"monthsList")
        self.monthsList.setAlternatingRowColors(True)

        self.monthsColumn.addWidget(self.monthsList)

        self.monthButtons = QHBoxLayout()
        self.monthButtons.setObjectName(u"monthButtons")
        self.arrearsButton = QPushButton(DuesPaymentDialog)
        self.arrearsButton.setObjectName(u"arrearsButton")

        self.monthButtons.addWidget(self.arrearsButton)

        self.clearButton = QPushButton(DuesPaymentDialog)
        self.clearButton.setObjectName(u"clearButton")

        self.monthButtons.addWidget(self.clearButton)


        self.monthsColumn.addLayout(self.monthButtons)


        self.columns.addLayout(self.monthsColumn)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberLabel = QLabel(DuesPaymentDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DuesPaymentDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.paidUpToLabel = QLabel(DuesPaymentDialog)
        self.paidUpToLabel.setObjectName(u"paidUpToLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.paidUpToLabel)

        self.paidUpToValue = QLabel(DuesPaymentDialog)
        self.paidUpToValue.setObjectName(u"paidUpToValue")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.paidUpToValue)

        self.ruleLabel = QLabel(DuesPaymentDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.explanationLabel = QLabel(DuesPaymentDialog)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setWordWrap(True)
        self.explanationLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.explanationLabel)

        self.duesLabel = QLabel(DuesPaymentDialog)
        self.duesLabel.setObjectName(u"duesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.duesLabel)

        self.duesValue = QLabel(DuesPaymentDialog)
        self.duesValue.setObjectName(u"duesValue")
        self.duesValue.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.duesValue)

        self.extraLabel = QLabel(DuesPaymentDialog)
        self.extraLabel.setObjectName(u"extraLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.extraLabel)

        self.extraEdit = QLineEdit(DuesPaymentDialog)
        self.extraEdit.setObjectName(u"extraEdit")
        self.extraEdit.setPlaceholderText(u"0.00")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.extraEdit)

        self.totalLabel = QLabel(DuesPaymentDialog)
        self.totalLabel.setObjectName(u"totalLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.totalLabel)

        self.totalValue = QLabel(DuesPaymentDialog)
        self.totalValue.setObjectName(u"totalValue")
        self.totalValue.setStyleSheet(u"font-weight: bold; font-size: 15px; color: #1b5e20;")
        self.totalValue.setWordWrap(True)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.totalValue)

        self.dateLabel = QLabel(DuesPaymentDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DuesPaymentDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setPlaceholderText(u"2026-03-05")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.methodLabel = QLabel(DuesPaymentDialog)
        self.methodLabel.setObjectName(u"methodLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.methodLabel)

        self.methodCombo = QComboBox(DuesPaymentDialog)
        self.methodCombo.setObjectName(u"methodCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.methodCombo)

        self.collectorLabel = QLabel(DuesPaymentDialog)
        self.collectorLabel.setObjectName(u"collectorLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.collectorLabel)

        self.collectorEdit = QLineEdit(DuesPaymentDialog)
        self.collectorEdit.setObjectName(u"collectorEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.collectorEdit)

        self.payerLabel = QLabel(DuesPaymentDialog)
        self.payerLabel.setObjectName(u"payerLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.payerLabel)

        self.payerEdit = QLineEdit(DuesPaymentDialog)
        self.payerEdit.setObjectName(u"payerEdit")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.payerEdit)

        self.noteLabel = QLabel(DuesPaymentDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesPaymentDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.receiptLabel = QLabel(DuesPaymentDialog)
        self.receiptLabel.setObjectName(u"receiptLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.receiptLabel)

        self.receiptValue = QLabel(DuesPaymentDialog)
        self.receiptValue.setObjectName(u"receiptValue")
        self.receiptValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.receiptValue)


        self.columns.addLayout(self.form)

        self.columns.setStretch(0, 2)
        self.columns.setStretch(1, 3)

        self.mainLayout.addLayout(self.columns)

        self.warningLabel = QLabel(DuesPaymentDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"QLabel { color: #7a4f00; background: #fff4d6; border: 1px solid #f0c36d; border-radius: 3px; padding: 4px 8px; }")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(DuesPaymentDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesPaymentDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.monthsLabel.setBuddy(self.monthsList)
        self.memberLabel.setBuddy(self.memberCombo)
        self.extraLabel.setBuddy(self.extraEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.methodLabel.setBuddy(self.methodCombo)
        self.collectorLabel.setBuddy(self.collectorEdit)
        self.payerLabel.setBuddy(self.payerEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.monthsList)
        QWidget.setTabOrder(self.monthsList, self.extraEdit)
        QWidget.setTabOrder(self.extraEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.methodCombo)
        QWidget.setTabOrder(self.methodCombo, self.collectorEdit)
        QWidget.setTabOrder(self.collectorEdit, self.payerEdit)
        QWidget.setTabOrder(self.payerEdit, self.noteEdit)

        self.retranslateUi(DuesPaymentDialog)

        QMetaObject.connectSlotsByName(DuesPaymentDialog)
    # setupUi

    def retranslateUi(self, DuesPaymentDialog):
        DuesPaymentDialog.setWindowTitle(QCoreApplication.translate("DuesPaymentDialog", u"\u6536\u515a\u8d39", None))
        self.monthsLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6240\u4ea4\u6708\u4efd\uff08\u53ef\u591a\u9009\uff1a\u8865\u4ea4\u4ee5\u524d\u6b20\u4ea4\u7684\u6708\u4efd\u3001\u9884\u4ea4\u4ee5\u540e\u7684\u6708\u4efd\uff09", None))
        self.arrearsButton.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u9009\u4e2d\u5168\u90e8\u6b20\u4ea4", None))
        self.clearButton.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5168\u90e8\u4e0d\u9009", None))
        self.memberLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u515a\u5458", None))
        self.paidUpToLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u515a\u8d39\u4ea4\u81f3", None))
        self.ruleLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6309\u89c4\u5b9a", None))
        self.duesLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5e94\u4ea4\u515a\u8d39", None))
        self.extraLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u81ea\u613f\u591a\u4ea4\uff08\u5143\uff09", None))
        self.totalLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5408\u8ba1\u6536\u6b3e", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u65e5\u671f", None))
        self.methodLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ea4\u7eb3\u65b9\u5f0f", None))
        self.collectorLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6536\u6b3e\u4eba", None))
        self.payerLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u4ee3\u4ea4\u4eba", None))
        self.payerEdit.setPlaceholderText(QCoreApplication.translate("DuesPaymentDialog", u"\u672c\u4eba\u4ea4\u7eb3\u65f6\u4e0d\u586b", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u5907\u6ce8", None))
        self.receiptLabel.setText(QCoreApplication.translate("DuesPaymentDialog", u"\u6536\u636e\u53f7", None))
    # retranslateUi

