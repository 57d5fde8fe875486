# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_profile_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_profile_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
    QLineEdit, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_DuesProfileDialog(object):
    def setupUi(self, DuesProfileDialog):
        if not DuesProfileDialog.objectName():
            DuesProfileDialog.setObjectName(u"DuesProfileDialog")
        DuesProfileDialog.resize(760, 620)
        self.mainLayout = QVBoxLayout(DuesProfileDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.memberLabel = QLabel(DuesProfileDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DuesProfileDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.effectiveLabel = QLabel(DuesProfileDialog)
        self.effectiveLabel.setObjectName(u"effectiveLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.effectiveLabel)

        self.effectiveEdit = QLineEdit(DuesProfileDialog)
        self.effectiveEdit.setObjectName(u"effectiveEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.effectiveEdit)

        self.categoryLabel = QLabel(DuesProfileDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(DuesProfileDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.baseLabel = QLabel(DuesProfileDialog)
        self.baseLabel.setObjectName(u"baseLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.baseLabel)

        self.baseEdit = QLineEdit(DuesProfileDialog)
        self.baseEdit.setObjectName(u"baseEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.baseEdit)

        self.fixedLabel = QLabel(DuesProfileDialog)
        self.fixedLabel.setObjectName(u"fixedLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.fixedLabel)

        self.fixedEdit = QLineEdit(DuesProfileDialog)
        self.fixedEdit.setObjectName(u"fixedEdit")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.fixedEdit)

        self.calcLabel = QLabel(DuesProfileDialog)
        self.calcLabel.setObjectName(u"calcLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.calcLabel)

        self.calcValue = QLabel(DuesProfileDialog)
        self.calcValue.setObjectName(u"calcValue")
        self.calcValue.setWordWrap(True)
        self.calcValue.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.calcValue)

        self.reliefLabel = QLabel(DuesProfileDialog)
        self.reliefLabel.setObjectName(u"reliefLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reliefLabel)

        self.reliefCombo = QComboBox(DuesProfileDialog)
        self.reliefCombo.setObjectName(u"reliefCombo")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reliefCombo)

        self.reliefAmountLabel = QLabel(DuesProfileDialog)
        self.reliefAmountLabel.setObjectName(u"reliefAmountLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.reliefAmountLabel)

        self.reliefAmountEdit = QLineEdit(DuesProfileDialog)
        self.reliefAmountEdit.setObjectName(u"reliefAmountEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reliefAmountEdit)

        self.approvalRefLabel = QLabel(DuesProfileDialog)
        self.approvalRefLabel.setObjectName(u"approvalRefLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.approvalRefLabel)

        self.approvalRefEdit = QLineEdit(DuesProfileDialog)
        self.approvalRefEdit.setObjectName(u"approvalRefEdit")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.approvalRefEdit)

        self.approvalDateLabel = QLabel(DuesProfileDialog)
        self.approvalDateLabel.setObjectName(u"approvalDateLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.approvalDateLabel)

        self.approvalDateEdit = QLineEdit(DuesProfileDialog)
        self.approvalDateEdit.setObjectName(u"approvalDateEdit")
        self.approvalDateEdit.setPlaceholderText(u"2026-01-05")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.approvalDateEdit)

        self.voluntaryLabel = QLabel(DuesProfileDialog)
        self.voluntaryLabel.setObjectName(u"voluntaryLabel")

        self.form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.voluntaryLabel)

        self.voluntaryEdit = QLineEdit(DuesProfileDialog)
        self.voluntaryEdit.setObjectName(u"voluntaryEdit")
        self.voluntaryEdit.setPlaceholderText(u"0")

        self.form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.voluntaryEdit)

        self.carriedLabel = QLabel(DuesProfileDialog)
        self.carriedLabel.setObjectName(u"carriedLabel")

        self.form.setWidget(11, QFormLayout.ItemRole.LabelRole, self.carriedLabel)

        self.carriedEdit = QLineEdit(DuesProfileDialog)
        self.carriedEdit.setObjectName(u"carriedEdit")

        self.form.setWidget(11, QFormLayout.ItemRole.FieldRole, self.carriedEdit)

        self.noteLabel = QLabel(DuesProfileDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(12, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesProfileDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(12, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.historyLabel = QLabel(DuesProfileDialog)
        self.historyLabel.setObjectName(u"historyLabel")

        self.form.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.historyLabel)

        self.historyTable = QTableWidget(DuesProfileDialog)
        self.historyTable.setObjectName(u"historyTable")

        self.form.setWidget(14, QFormLayout.ItemRole.SpanningRole, self.historyTable)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(DuesProfileDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesProfileDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.effectiveLabel.setBuddy(self.effectiveEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.baseLabel.setBuddy(self.baseEdit)
        self.fixedLabel.setBuddy(self.fixedEdit)
        self.reliefLabel.setBuddy(self.reliefCombo)
        self.reliefAmountLabel.setBuddy(self.reliefAmountEdit)
        self.approvalRefLabel.setBuddy(self.approvalRefEdit)
        self.approvalDateLabel.setBuddy(self.approvalDateEdit)
        self.voluntaryLabel.setBuddy(self.voluntaryEdit)
        self.carriedLabel.setBuddy(self.carriedEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.effectiveEdit)
        QWidget.setTabOrder(self.effectiveEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.baseEdit)
        QWidget.setTabOrder(self.baseEdit, self.fixedEdit)
        QWidget.setTabOrder(self.fixedEdit, self.reliefCombo)
        QWidget.setTabOrder(self.reliefCombo, self.reliefAmountEdit)
        QWidget.setTabOrder(self.reliefAmountEdit, self.approvalRefEdit)
        QWidget.setTabOrder(self.approvalRefEdit, self.approvalDateEdit)
        QWidget.setTabOrder(self.approvalDateEdit, self.voluntaryEdit)
        QWidget.setTabOrder(self.voluntaryEdit, self.carriedEdit)
        QWidget.setTabOrder(self.carriedEdit, self.noteEdit)

        self.retranslateUi(DuesProfileDialog)

        QMetaObject.connectSlotsByName(DuesProfileDialog)
    # setupUi

    def retranslateUi(self, DuesProfileDialog):
        DuesProfileDialog.setWindowTitle(QCoreApplication.translate("DuesProfileDialog", u"\u515a\u8d39\u6807\u51c6", None))
        self.memberLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u515a\u5458", None))
        self.effectiveLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u8d77\u59cb\u6708\u4efd", None))
        self.effectiveEdit.setPlaceholderText(QCoreApplication.translate("DuesProfileDialog", u"2026-03\uff08\u65b0\u6536\u5165\u4ece\u9996\u6b21\u53d1\u653e\u7684\u6708\u4efd\u8d77\u7b97\uff09", None))
        self.categoryLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u515a\u8d39\u7c7b\u522b", None))
        self.baseLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u6708\u6536\u5165\uff08\u5143\uff09", None))
        self.baseEdit.setPlaceholderText(QCoreApplication.translate("DuesProfileDialog", u"\u7a0e\u540e\u6708\u6536\u5165\uff0c\u4f8b\u5982 4200", None))
        self.fixedLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u6bcf\u6708\u4ea4\u7eb3\uff08\u5143\uff09", None))
        self.fixedEdit.setPlaceholderText(QCoreApplication.translate("DuesProfileDialog", u"\u519c\u6c11\u515a\u5458 0.20 \u81f3 1.00", None))
        self.calcLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u6309\u89c4\u5b9a", None))
        self.reliefLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u51cf\u514d", None))
        self.reliefAmountLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u51cf\u4ea4\u540e\u6bcf\u6708\uff08\u5143\uff09", None))
        self.approvalRefLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u6279\u51c6\u6587\u53f7", None))
        self.approvalRefEdit.setPlaceholderText(QCoreApplication.translate("DuesProfileDialog", u"\u4e61\u9547\u515a\u59d4\u6279\u590d\u6587\u53f7", None))
        self.approvalDateLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u6279\u51c6\u65e5\u671f", None))
        self.voluntaryLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u6bcf\u6708\u81ea\u613f\u591a\u4ea4\uff08\u5143\uff09", None))
        self.carriedLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u8f6c\u5165\u65f6\u515a\u8d39\u4ea4\u81f3", None))
        self.carriedEdit.setPlaceholderText(QCoreApplication.translate("DuesProfileDialog", u"\u8f6c\u5165\u515a\u5458\uff1a\u4ecb\u7ecd\u4fe1\u4e0a\u7684\u515a\u8d39\u4ea4\u81f3\u5e74\u6708\uff0c\u5982 2025-12", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u5907\u6ce8", None))
        self.historyLabel.setText(QCoreApplication.translate("DuesProfileDialog", u"\u8be5\u515a\u5458\u7684\u515a\u8d39\u6807\u51c6\u5386\u53f2", None))
    # retranslateUi

