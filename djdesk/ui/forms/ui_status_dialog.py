# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/status_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'status_dialog.ui'
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

class Ui_StatusDialog(object):
    def setupUi(self, StatusDialog):
        if not StatusDialog.objectName():
            StatusDialog.setObjectName(u"StatusDialog")
        StatusDialog.resize(480, 300)
        StatusDialog.setMinimumSize(QSize(480, 0))
        self.mainLayout = QVBoxLayout(StatusDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.memberLabel = QLabel(StatusDialog)
        self.memberLabel.setObjectName(u"memberLabel")
        self.memberLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.memberLabel)

        self.statusForm = QFormLayout()
        self.statusForm.setObjectName(u"statusForm")
        self.statusForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.kindLabel = QLabel(StatusDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.statusForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindComboBox = QVBoxLayout()
        self.kindComboBox.setSpacing(1)
        self.kindComboBox.setObjectName(u"kindComboBox")
        self.kindCombo = QComboBox(StatusDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.kindComboBox.addWidget(self.kindCombo)

        self.kindError = QLabel(StatusDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setStyleSheet(u"color: #c62828;")
        self.kindError.setWordWrap(True)

        self.kindComboBox.addWidget(self.kindError)


        self.statusForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.kindComboBox)

        self.eventDateLabel = QLabel(StatusDialog)
        self.eventDateLabel.setObjectName(u"eventDateLabel")

        self.statusForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.eventDateLabel)

        self.eventDateEditBox = QVBoxLayout()
        self.eventDateEditBox.setSpacing(1)
        self.eventDateEditBox.setObjectName(u"eventDateEditBox")
        self.eventDateEdit = QLineEdit(StatusDialog)
        self.eventDateEdit.setObjectName(u"eventDateEdit")

        self.eventDateEditBox.addWidget(self.eventDateEdit)

        self.eventDateError = QLabel(StatusDialog)
        self.eventDateError.setObjectName(u"eventDateError")
        self.eventDateError.setStyleSheet(u"color: #c62828;")
        self.eventDateError.setWordWrap(True)

        self.eventDateEditBox.addWidget(self.eventDateError)


        self.statusForm.setLayout(1, QFormLayout.ItemRole.FieldRole, self.eventDateEditBox)

        self.counterpartLabel = QLabel(StatusDialog)
        self.counterpartLabel.setObjectName(u"counterpartLabel")

        self.statusForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.counterpartLabel)

        self.counterpartEditBox = QVBoxLayout()
        self.counterpartEditBox.setSpacing(1)
        self.counterpartEditBox.setObjectName(u"counterpartEditBox")
        self.counterpartEdit = QLineEdit(StatusDialog)
        self.counterpartEdit.setObjectName(u"counterpartEdit")

        self.counterpartEditBox.addWidget(self.counterpartEdit)

        self.counterpartError = QLabel(StatusDialog)
        self.counterpartError.setObjectName(u"counterpartError")
        self.counterpartError.setStyleSheet(u"color: #c62828;")
        self.counterpartError.setWordWrap(True)

        self.counterpartEditBox.addWidget(self.counterpartError)


        self.statusForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.counterpartEditBox)

        self.reasonLabel = QLabel(StatusDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.statusForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonComboBox = QVBoxLayout()
        self.reasonComboBox.setSpacing(1)
        self.reasonComboBox.setObjectName(u"reasonComboBox")
        self.reasonCombo = QComboBox(StatusDialog)
        self.reasonCombo.setObjectName(u"reasonCombo")

        self.reasonComboBox.addWidget(self.reasonCombo)

        self.reasonError = QLabel(StatusDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setStyleSheet(u"color: #c62828;")
        self.reasonError.setWordWrap(True)

        self.reasonComboBox.addWidget(self.reasonError)


        self.statusForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.reasonComboBox)

        self.noteLabel = QLabel(StatusDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.statusForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QLineEdit(StatusDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.statusForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.mainLayout.addLayout(self.statusForm)

        self.generalError = QLabel(StatusDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #c62828;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(StatusDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.eventDateLabel.setBuddy(self.eventDateEdit)
        self.counterpartLabel.setBuddy(self.counterpartEdit)
        self.reasonLabel.setBuddy(self.reasonCombo)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(StatusDialog)

        QMetaObject.connectSlotsByName(StatusDialog)
    # setupUi

    def retranslateUi(self, StatusDialog):
        StatusDialog.setWindowTitle(QCoreApplication.translate("StatusDialog", u"\u72b6\u6001\u53d8\u52a8", None))
        self.kindLabel.setText(QCoreApplication.translate("StatusDialog", u"\u53d8\u52a8\u4e8b\u9879", None))
        self.eventDateLabel.setText(QCoreApplication.translate("StatusDialog", u"\u529e\u7406\u65e5\u671f", None))
        self.eventDateEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u4f8b\uff1a1975-03-08", None))
        self.counterpartLabel.setText(QCoreApplication.translate("StatusDialog", u"\u5bf9\u65b9\u515a\u7ec4\u7ec7", None))
        self.counterpartEdit.setPlaceholderText(QCoreApplication.translate("StatusDialog", u"\u8f6c\u51fa\uff1a\u8f6c\u5f80\u7684\u515a\u7ec4\u7ec7\uff1b\u8f6c\u5165\uff1a\u539f\u6240\u5728\u515a\u7ec4\u7ec7", None))
        self.reasonLabel.setText(QCoreApplication.translate("StatusDialog", u"\u51fa\u515a\u65b9\u5f0f", None))
        self.noteLabel.setText(QCoreApplication.translate("StatusDialog", u"\u5907\u6ce8", None))
    # retranslateUi

