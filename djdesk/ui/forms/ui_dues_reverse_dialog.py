# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/dues_reverse_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dues_reverse_dialog.ui'
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

class Ui_DuesReverseDialog(object):
    def setupUi(self, DuesReverseDialog):
        if not DuesReverseDialog.objectName():
            DuesReverseDialog.setObjectName(u"DuesReverseDialog")
        DuesReverseDialog.resize(560, 300)
        self.mainLayout = QVBoxLayout(DuesReverseDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(DuesReverseDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.ruleLabel = QLabel(DuesReverseDialog)
        self.ruleLabel.setObjectName(u"ruleLabel")
        self.ruleLabel.setWordWrap(True)
        self.ruleLabel.setStyleSheet(u"color: #5d6d7e;")

        self.mainLayout.addWidget(self.ruleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.reasonLabel = QLabel(DuesReverseDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QLineEdit(DuesReverseDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.dateLabel = QLabel(DuesReverseDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QLineEdit(DuesReverseDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setPlaceholderText(u"2026-03-05")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dateEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(DuesReverseDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setStyleSheet(u"color: #c62828;")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DuesReverseDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.dateLabel.setBuddy(self.dateEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.dateEdit)

        self.retranslateUi(DuesReverseDialog)

        QMetaObject.connectSlotsByName(DuesReverseDialog)
    # setupUi

    def retranslateUi(self, DuesReverseDialog):
        DuesReverseDialog.setWindowTitle(QCoreApplication.translate("DuesReverseDialog", u"\u51b2\u9500\u4ea4\u8d39", None))
        self.ruleLabel.setText(QCoreApplication.translate("DuesReverseDialog", u"\u5df2\u5165\u8d26\u7684\u4ea4\u8d39\u4e0d\u80fd\u4fee\u6539\u6216\u5220\u9664\uff1a\u51b2\u9500\u8bb0\u4e00\u7b14\u7ea2\u5b57\uff08\u8d1f\u6570\uff09\u51b2\u9500\u8bb0\u5f55\uff0c\u539f\u6536\u636e\u4f5c\u5e9f\u5e76\u4fdd\u7559\u3002\u6240\u6d89\u6708\u4efd\u91cd\u65b0\u53d8\u4e3a\u672a\u4ea4\uff1b\u539f\u671f\u95f4\u5df2\u4e0a\u7f34\u6216\u7ed3\u8d26\u65f6\uff0c\u51b2\u9500\u8bb0\u5728\u5f53\u524d\u671f\u95f4\u5e76\u6ce8\u660e\u66f4\u6b63\u7684\u671f\u95f4\u3002", None))
        self.reasonLabel.setText(QCoreApplication.translate("DuesReverseDialog", u"\u51b2\u9500\u539f\u56e0", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("DuesReverseDialog", u"\u4f8b\u5982\uff1a\u6708\u4efd\u8bb0\u9519\u3001\u91d1\u989d\u6536\u9519\u3001\u91cd\u590d\u767b\u8bb0", None))
        self.dateLabel.setText(QCoreApplication.translate("DuesReverseDialog", u"\u51b2\u9500\u65e5\u671f", None))
    # retranslateUi

