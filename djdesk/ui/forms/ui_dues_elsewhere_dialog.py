# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_elsewhere_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_elsewhere_dialog.ui'
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
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DuesElsewhereDialog(object):
    def setupUi(self, DuesElsewhereDialog):
        if not DuesElsewhereDialog.objectName():
            DuesElsewhereDialog.setObjectName(u"DuesElsewhereDialog")
        DuesElsewhereDialog.resize(820, 460)
        self.mainLayout = QVBoxLayout(DuesElsewhereDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.ruleLabel = QLabel(DuesElsewhereDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.ruleLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.memberForm = QFormLayout()
        self.memberForm.setObjectName(u"memberForm")
        self.memberLabel = QLabel(DuesElsewhereDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.memberCombo = QComboBox(DuesElsewhereDialog)
        self.memberCombo.setObjectName(u"memberCombo")

        self.memberForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberCombo)

        self.flowingLabel = QLabel(DuesElsewhereDialog)
        self.flowingLabel.setObjectName(u"flowingLabel")

        self.memberForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.flowingLabel)

        self.flowingValue = QLabel(DuesElsewhereDialog)
        self.flowingValue.setObjectName(u"flowingValue")
        self.flowingValue.setWordWrap(True)

        self.memberForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.flowingValue)


        self.left.addLayout(self.memberForm)

        self.monthsLabel = QLabel(DuesElsewhereDialog)
        self.monthsLabel.setObjectName(u"monthsLabel")

        self.left.addWidget(self.monthsLabel)

        self.monthsList = QListWidget(DuesElsewhereDialog)
        self.monthsList.setObjectName(u"monthsList")
        self.monthsList.setAlternatingRowColors(True)

        self.left.addWidget(self.monthsList)

        self.monthButtons = QHBoxLayout()
        self.monthButtons.setObjectName(u"monthButtons")
        self.sinceButton = QPushButton(DuesElsewhereDialog)
        self.sinceButton.setObjectName(u"sinceButton")

        self.monthButtons.addWidget(self.sinceButton)

        self.clearButton = QPushButton(DuesElsewhereDialog)
        self.clearButton.setObjectName(u"clearButton")

        self.monthButtons.addWidget(self.clearButton)

        self.monthSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.monthButtons.addItem(self.monthSpacer)


        self.left.addLayout(self.monthButtons)


        self.columns.addLayout(self.left)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.hostLabel = QLabel(DuesElsewhereDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.hostEdit = QLineEdit(DuesElsewhereDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.hostEdit)

        self.proofLabel = QLabel(DuesElsewhereDialog)
        self.proofLabel.setObjectName(u"proofLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.proofLabel)

        self.proofEdit = QLineEdit(DuesElsewhereDialog)
        self.proofEdit.setObjectName(u"proofEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.proofEdit)

        self.dateLabel = QLabel(DuesElsewhereDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DuesElsewhereDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setPlaceholderText(u"2026-03-05")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.noteLabel = QLabel(DuesElsewhereDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(DuesElsewhereDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.noteEdit)

        self.monthsTextLabel = QLabel(DuesElsewhereDialog)
        self.monthsTextLabel.setObjectName(u"monthsTextLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.monthsTextLabel)

        self.monthsValue = QLabel(DuesElsewhereDialog)
        self.monthsValue.setObjectName(u"monthsValue")
        self.monthsValue.setWordWrap(True)
        self.monthsValue.setStyleSheet(u"font-weight: bold;")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.monthsValue)


        self.columns.addLayout(self.form)


        self.mainLayout.addLayout(self.columns)

        self.warningLabel = QLabel(DuesElsewhereDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setStyleSheet(u"color: #7a4f00;")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.errorLabel = QLabel(DuesElsewhereDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesElsewhereDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.memberCombo)
        self.monthsLabel.setBuddy(self.monthsList)
        self.hostLabel.setBuddy(self.hostEdit)
        self.proofLabel.setBuddy(self.proofEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.memberCombo, self.monthsList)
        QWidget.setTabOrder(self.monthsList, self.hostEdit)
        QWidget.setTabOrder(self.hostEdit, self.proofEdit)
        QWidget.setTabOrder(self.proofEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.noteEdit)

        self.retranslateUi(DuesElsewhereDialog)

        QMetaObject.connectSlotsByName(DuesElsewhereDialog)
    # setupUi

    def retranslateUi(self, DuesElsewhereDialog):
        DuesElsewhereDialog.setWindowTitle(QCoreApplication.translate("DuesElsewhereDialog", u"\u5728\u6d41\u5165\u5730\u4ea4\u7eb3\u515a\u8d39", None))
        self.ruleLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u6301\u300a\u6d41\u52a8\u515a\u5458\u6d3b\u52a8\u8bc1\u300b\u7684\u6d41\u52a8\u515a\u5458\u53ef\u4ee5\u5728\u6d41\u5165\u5730\u515a\u7ec4\u7ec7\u4ea4\u7eb3\u515a\u8d39\uff08\u4e2d\u7ec4\u53d1\u30142008\u30153\u53f7\u7b2c\u4e5d\u6761\uff09\u3002\u51ed\u6d41\u5165\u5730\u515a\u7ec4\u7ec7\u5f00\u5177\u7684\u6536\u636e\u6216\u8bc1\u660e\uff0c\u767b\u8bb0\u6240\u4ea4\u7684\u6708\u4efd\uff1a\u8fd9\u4e9b\u6708\u4efd\u5728\u672c\u652f\u90e8\u8bb0\u4e3a\u5df2\u4ea4\u6e05\uff0c\u4f46\u672c\u652f\u90e8\u6ca1\u6709\u6536\u6b3e\uff0c\u4e0d\u5f00\u6536\u636e\u3001\u4e0d\u8ba1\u5165\u6536\u7f34\u548c\u4e0a\u7f34\u3002", None))
        self.memberLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u515a\u5458", None))
        self.flowingLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u6d41\u52a8\u60c5\u51b5", None))
        self.monthsLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u5728\u6d41\u5165\u5730\u4ea4\u7eb3\u7684\u6708\u4efd\uff08\u52fe\u9009\uff09", None))
        self.sinceButton.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u52fe\u9009\u5916\u51fa\u4ee5\u6765\u672a\u4ea4\u7684\u6708\u4efd", None))
        self.clearButton.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u5168\u4e0d\u9009", None))
        self.hostLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u6d41\u5165\u5730\u515a\u7ec4\u7ec7", None))
        self.hostEdit.setPlaceholderText(QCoreApplication.translate("DuesElsewhereDialog", u"\u4f8b\u5982\uff1a\u6df1\u5733\u5e02\u5b9d\u5b89\u533a\u6d41\u52a8\u515a\u5458\u515a\u652f\u90e8", None))
        self.proofLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u51ed\u8bc1", None))
        self.proofEdit.setPlaceholderText(QCoreApplication.translate("DuesElsewhereDialog", u"\u6d41\u5165\u5730\u5f00\u5177\u7684\u515a\u8d39\u6536\u636e\u53f7\u6216\u8bc1\u660e", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u4ea4\u7eb3\u65e5\u671f", None))
        self.noteLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u5907\u6ce8", None))
        self.monthsTextLabel.setText(QCoreApplication.translate("DuesElsewhereDialog", u"\u6240\u4ea4\u6708\u4efd", None))
    # retranslateUi

