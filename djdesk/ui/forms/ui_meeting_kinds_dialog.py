# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/meeting_kinds_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_kinds_dialog.ui'
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
from djdesk.ui.qt import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_MeetingKindsDialog(object):
    def setupUi(self, MeetingKindsDialog):
        if not MeetingKindsDialog.objectName():
            MeetingKindsDialog.setObjectName(u"MeetingKindsDialog")
        MeetingKindsDialog.resize(960, 640)
        self.mainLayout = QVBoxLayout(MeetingKindsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scopeLabel = QLabel(MeetingKindsDialog)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.scopeLabel)

        self.columns = QHBoxLayout()
        self.columns.setObjectName(u"columns")
        self.listBox = QVBoxLayout()
        self.listBox.setObjectName(u"listBox")
        self.kindsList = QListWidget(MeetingKindsDialog)
        self.kindsList.setObjectName(u"kindsList")
        self.kindsList.setMaximumSize(QSize(240, 16777215))

        self.listBox.addWidget(self.kindsList)

        self.listButtons = QHBoxLayout()
        self.listButtons.setObjectName(u"listButtons")
        self.addKindButton = QPushButton(MeetingKindsDialog)
        self.addKindButton.setObjectName(u"addKindButton")

        self.listButtons.addWidget(self.addKindButton)

        self.removeKindButton = QPushButton(MeetingKindsDialog)
        self.removeKindButton.setObjectName(u"removeKindButton")

        self.listButtons.addWidget(self.removeKindButton)


        self.listBox.addLayout(self.listButtons)


        self.columns.addLayout(self.listBox)

        self.kindForm = QFormLayout()
        self.kindForm.setObjectName(u"kindForm")
        self.nameLabel = QLabel(MeetingKindsDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(MeetingKindsDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.kindForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.frequencyLabel = QLabel(MeetingKindsDialog)
        self.frequencyLabel.setObjectName(u"frequencyLabel")

        self.kindForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.frequencyLabel)

        self.frequencyCombo = QComboBox(MeetingKindsDialog)
        self.frequencyCombo.setObjectName(u"frequencyCombo")

        self.kindForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.frequencyCombo)

        self.audienceLabel = QLabel(MeetingKindsDialog)
        self.audienceLabel.setObjectName(u"audienceLabel")

        self.kindForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.audienceLabel)

        self.audienceCombo = QComboBox(MeetingKindsDialog)
        self.audienceCombo.setObjectName(u"audienceCombo")

        self.kindForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.audienceCombo)

        self.optionsLabel = QLabel(MeetingKindsDialog)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.kindForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.optionsLabel)

        self.optionsBox = QHBoxLayout()
        self.optionsBox.setObjectName(u"optionsBox")
        self.votesCheck = QCheckBox(MeetingKindsDialog)
        self.votesCheck.setObjectName(u"votesCheck")

        self.optionsBox.addWidget(self.votesCheck)

        self.lifeCheck = QCheckBox(MeetingKindsDialog)
        self.lifeCheck.setObjectName(u"lifeCheck")

        self.optionsBox.addWidget(self.lifeCheck)


        self.kindForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.optionsBox)

        self.sourceTitle = QLabel(MeetingKindsDialog)
        self.sourceTitle.setObjectName(u"sourceTitle")

        self.kindForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.sourceTitle)

        self.sourceLabel = QLabel(MeetingKindsDialog)
        self.sourceLabel.setObjectName(u"sourceLabel")
        self.sourceLabel.setWordWrap(True)

        self.kindForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.sourceLabel)

        self.titleTemplateLabel = QLabel(MeetingKindsDialog)
        self.titleTemplateLabel.setObjectName(u"titleTemplateLabel")

        self.kindForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.titleTemplateLabel)

        self.titleTemplateEdit = QLineEdit(MeetingKindsDialog)
        self.titleTemplateEdit.setObjectName(u"titleTemplateEdit")

        self.kindForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.titleTemplateEdit)

        self.agendaTemplateLabel = QLabel(MeetingKindsDialog)
        self.agendaTemplateLabel.setObjectName(u"agendaTemplateLabel")

        self.kindForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.agendaTemplateLabel)

        self.agendaTemplateEdit = QPlainTextEdit(MeetingKindsDialog)
        self.agendaTemplateEdit.setObjectName(u"agendaTemplateEdit")
        self.agendaTemplateEdit.setTabChangesFocus(True)
        self.agendaTemplateEdit.setMaximumSize(QSize(16777215, 110))

        self.kindForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.agendaTemplateEdit)

        self.minutesTemplateLabel = QLabel(MeetingKindsDialog)
        self.minutesTemplateLabel.setObjectName(u"minutesTemplateLabel")

        self.kindForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.minutesTemplateLabel)

        self.minutesTemplateEdit = QPlainTextEdit(MeetingKindsDialog)
        self.minutesTemplateEdit.setObjectName(u"minutesTemplateEdit")
        self.minutesTemplateEdit.setTabChangesFocus(True)

        self.kindForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.minutesTemplateEdit)

        self.placeholderHint = QLabel(MeetingKindsDialog)
        self.placeholderHint.setObjectName(u"placeholderHint")
        self.placeholderHint.setWordWrap(True)
        self.placeholderHint.setStyleSheet(u"color: #7f8c8d;")

        self.kindForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.placeholderHint)


        self.columns.addLayout(self.kindForm)


        self.mainLayout.addLayout(self.columns)

        self.errorLabel = QLabel(MeetingKindsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MeetingKindsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.frequencyLabel.setBuddy(self.frequencyCombo)
        self.audienceLabel.setBuddy(self.audienceCombo)
        self.titleTemplateLabel.setBuddy(self.titleTemplateEdit)
        self.agendaTemplateLabel.setBuddy(self.agendaTemplateEdit)
        self.minutesTemplateLabel.setBuddy(self.minutesTemplateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingKindsDialog)

        QMetaObject.connectSlotsByName(MeetingKindsDialog)
    # setupUi

    def retranslateUi(self, MeetingKindsDialog):
        MeetingKindsDialog.setWindowTitle(QCoreApplication.translate("MeetingKindsDialog", u"\u4f1a\u8bae\u7c7b\u578b\u4e0e\u6a21\u677f", None))
        self.addKindButton.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u65b0\u589e\u7c7b\u578b", None))
        self.removeKindButton.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u5220\u9664\u7c7b\u578b", None))
        self.nameLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u540d\u79f0", None))
        self.frequencyLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u53ec\u5f00\u9891\u6b21", None))
        self.audienceLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u53c2\u52a0\u5bf9\u8c61", None))
        self.optionsLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u9009\u9879", None))
        self.votesCheck.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u53ef\u4ee5\u8868\u51b3\uff08\u8ba1\u7b97\u5230\u4f1a\u4eba\u6570\uff09", None))
        self.lifeCheck.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u8ba1\u5165\u7ec4\u7ec7\u751f\u6d3b\uff08\u516d\u4e2a\u6708\u672a\u53c2\u52a0\u7684\u68c0\u67e5\uff09", None))
        self.sourceTitle.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u4f9d\u636e", None))
        self.titleTemplateLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u540d\u79f0\u6a21\u677f", None))
        self.agendaTemplateLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u8bae\u9898\u6a21\u677f", None))
        self.minutesTemplateLabel.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u5185\u5bb9\u6a21\u677f", None))
        self.placeholderHint.setText(QCoreApplication.translate("MeetingKindsDialog", u"\u6a21\u677f\u4e2d\u53ef\u7528 {year} \u5e74\u3001{month} \u6708\u3001{quarter} \u5b63\u5ea6\uff08\u4e00\u3001\u4e8c\u3001\u4e09\u3001\u56db\uff09\u3001{group} \u515a\u5c0f\u7ec4\u3001{branch} \u652f\u90e8\u540d\u79f0\u3002", None))
    # retranslateUi

