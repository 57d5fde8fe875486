# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/meeting_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
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
    QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListView,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(1080, 760)
        self.mainLayout = QVBoxLayout(MeetingDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headerGrid = QGridLayout()
        self.headerGrid.setObjectName(u"headerGrid")
        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.headerGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.headerGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.groupLabel = QLabel(MeetingDialog)
        self.groupLabel.setObjectName(u"groupLabel")

        self.headerGrid.addWidget(self.groupLabel, 0, 2, 1, 1)

        self.groupCombo = QComboBox(MeetingDialog)
        self.groupCombo.setObjectName(u"groupCombo")

        self.headerGrid.addWidget(self.groupCombo, 0, 3, 1, 1)

        self.recordNoLabel = QLabel(MeetingDialog)
        self.recordNoLabel.setObjectName(u"recordNoLabel")

        self.headerGrid.addWidget(self.recordNoLabel, 0, 4, 1, 1)

        self.recordNoValue = QLabel(MeetingDialog)
        self.recordNoValue.setObjectName(u"recordNoValue")
        self.recordNoValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerGrid.addWidget(self.recordNoValue, 0, 5, 1, 1)

        self.titleLabel = QLabel(MeetingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.headerGrid.addWidget(self.titleLabel, 1, 0, 1, 1)

        self.titleEdit = QLineEdit(MeetingDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.headerGrid.addWidget(self.titleEdit, 1, 1, 1, 5)

        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.headerGrid.addWidget(self.dateLabel, 2, 0, 1, 1)

        self.dateEdit = QLineEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.headerGrid.addWidget(self.dateEdit, 2, 1, 1, 1)

        self.timeLabel = QLabel(MeetingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.headerGrid.addWidget(self.timeLabel, 2, 2, 1, 1)

        self.timeBox = QHBoxLayout()
        self.timeBox.setObjectName(u"timeBox")
        self.startEdit = QLineEdit(MeetingDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setPlaceholderText(u"09:00")

        self.timeBox.addWidget(self.startEdit)

        self.toLabel = QLabel(MeetingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeBox.addWidget(self.toLabel)

        self.endEdit = QLineEdit(MeetingDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setPlaceholderText(u"11:00")

        self.timeBox.addWidget(self.endEdit)


        self.headerGrid.addLayout(self.timeBox, 2, 3, 1, 1)

        self.placeLabel = QLabel(MeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.headerGrid.addWidget(self.placeLabel, 2, 4, 1, 1)

        self.placeEdit = QLineEdit(MeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.headerGrid.addWidget(self.placeEdit, 2, 5, 1, 1)

        self.hostLabel = QLabel(MeetingDialog)
        self.hostLabel.setObjectName(u"hostLabel")

        self.headerGrid.addWidget(self.hostLabel, 3, 0, 1, 1)

        self.hostEdit = QLineEdit(MeetingDialog)
        self.hostEdit.setObjectName(u"hostEdit")

        self.headerGrid.addWidget(self.hostEdit, 3, 1, 1, 1)

        self.recorderLabel = QLabel(MeetingDialog)
        self.recorderLabel.setObjectName(u"recorderLabel")

        self.headerGrid.addWidget(self.recorderLabel, 3, 2, 1, 1)

        self.recorderEdit = QLineEdit(MeetingDialog)
        self.recorderEdit.setObjectName(u"recorderEdit")

        self.headerGrid.addWidget(self.recorderEdit, 3, 3, 1, 1)

        self.lecturerLabel = QLabel(MeetingDialog)
        self.lecturerLabel.setObjectName(u"lecturerLabel")

        self.headerGrid.addWidget(self.lecturerLabel, 3, 4, 1, 1)

        self.lecturerEdit = QLineEdit(MeetingDialog)
        self.lecturerEdit.setObjectName(u"lecturerEdit")

        self.headerGrid.addWidget(self.lecturerEdit, 3, 5, 1, 1)

        self.topicLabel = QLabel(MeetingDialog)
        self.topicLabel.setObjectName(u"topicLabel")

        self.headerGrid.addWidget(self.topicLabel, 4, 0, 1, 1)

        self.topicEdit = QLineEdit(MeetingDialog)
        self.topicEdit.setObjectName(u"topicEdit")

        self.headerGrid.addWidget(self.topicEdit, 4, 1, 1, 5)

        self.headerGrid.setColumnStretch(1, 2)
        self.headerGrid.setColumnStretch(3, 2)
        self.headerGrid.setColumnStretch(5, 3)

        self.mainLayout.addLayout(self.headerGrid)

        self.tabs = QTabWidget(MeetingDialog)
        self.tabs.setObjectName(u"tabs")
        self.attendanceTab = QWidget()
        self.attendanceTab.setObjectName(u"attendanceTab")
        self.attendanceLayout = QVBoxLayout(self.attendanceTab)
        self.attendanceLayout.setObjectName(u"attendanceLayout")
        self.tallyBox = QHBoxLayout()
        self.tallyBox.setObjectName(u"tallyBox")
        self.tallyLabel = QLabel(self.attendanceTab)
        self.tallyLabel.setObjectName(u"tallyLabel")
        self.tallyLabel.setStyleSheet(u"font-weight: bold;")

        self.tallyBox.addWidget(self.tallyLabel)

        self.tallySpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.tallyBox.addItem(self.tallySpacer)

        self.keysLabel = QLabel(self.attendanceTab)
        self.keysLabel.setObjectName(u"keysLabel")
        self.keysLabel.setStyleSheet(u"color: #5d6d7e;")

        self.tallyBox.addWidget(self.keysLabel)


        self.attendanceLayout.addLayout(self.tallyBox)

        self.attendanceBox = QVBoxLayout()
        self.attendanceBox.setObjectName(u"attendanceBox")

        self.attendanceLayout.addLayout(self.attendanceBox)

        self.attendanceButtons = QHBoxLayout()
        self.attendanceButtons.setObjectName(u"attendanceButtons")
        self.allPresentButton = QPushButton(self.attendanceTab)
        self.allPresentButton.setObjectName(u"allPresentButton")

        self.attendanceButtons.addWidget(self.allPresentButton)

        self.refreshPeopleButton = QPushButton(self.attendanceTab)
        self.refreshPeopleButton.setObjectName(u"refreshPeopleButton")

        self.attendanceButtons.addWidget(self.refreshPeopleButton)

        self.attendanceSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.attendanceButtons.addItem(self.attendanceSpacer)

        self.guestsLabel = QLabel(self.attendanceTab)
        self.guestsLabel.setObjectName(u"guestsLabel")

        self.attendanceButtons.addWidget(self.guestsLabel)

        self.addGuestButton = QPushButton(self.attendanceTab)
        self.addGuestButton.setObjectName(u"addGuestButton")

        self.attendanceButtons.addWidget(self.addGuestButton)

        self.removeGuestButton = QPushButton(self.attendanceTab)
        self.removeGuestButton.setObjectName(u"removeGuestButton")

        self.attendanceButtons.addWidget(self.removeGuestButton)


        self.attendanceLayout.addLayout(self.attendanceButtons)

        self.guestsTable = QTableWidget(self.attendanceTab)
        self.guestsTable.setObjectName(u"guestsTable")
        self.guestsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guestsTable.setAlternatingRowColors(True)
        self.guestsTable.setMaximumSize(QSize(16777215, 90))

        self.attendanceLayout.addWidget(self.guestsTable)

        self.tabs.addTab(self.attendanceTab, "")
        self.contentTab = QWidget()
        self.contentTab.setObjectName(u"contentTab")
        self.contentLayout = QVBoxLayout(self.contentTab)
        self.contentLayout.setObjectName(u"contentLayout")
        self.agendaLabel = QLabel(self.contentTab)
        self.agendaLabel.setObjectName(u"agendaLabel")

        self.contentLayout.addWidget(self.agendaLabel)

        self.agendaEdit = QPlainTextEdit(self.contentTab)
        self.agendaEdit.setObjectName(u"agendaEdit")
        self.agendaEdit.setTabChangesFocus(True)
        self.agendaEdit.setMaximumSize(QSize(16777215, 96))

        self.contentLayout.addWidget(self.agendaEdit)

        self.minutesLabel = QLabel(self.contentTab)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.contentLayout.addWidget(self.minutesLabel)

        self.minutesEdit = QPlainTextEdit(self.contentTab)
        self.minutesEdit.setObjectName(u"minutesEdit")
        self.minutesEdit.setTabChangesFocus(True)

        self.contentLayout.addWidget(self.minutesEdit)

        self.decisionsLabel = QLabel(self.contentTab)
        self.decisionsLabel.setObjectName(u"decisionsLabel")

        self.contentLayout.addWidget(self.decisionsLabel)

        self.decisionsEdit = QPlainTextEdit(self.contentTab)
        self.decisionsEdit.setObjectName(u"decisionsEdit")
        self.decisionsEdit.setTabChangesFocus(True)
        self.decisionsEdit.setMaximumSize(QSize(16777215, 80))

        self.contentLayout.addWidget(self.decisionsEdit)

        self.templateBox = QHBoxLayout()
        self.templateBox.setObjectName(u"templateBox")
        self.saveTemplateButton = QPushButton(self.contentTab)
        self.saveTemplateButton.setObjectName(u"saveTemplateButton")

        self.templateBox.addWidget(self.saveTemplateButton)

        self.templateHint = QLabel(self.contentTab)
        self.templateHint.setObjectName(u"templateHint")
        self.templateHint.setStyleSheet(u"color: #7f8c8d;")

        self.templateBox.addWidget(self.templateHint)

        self.templateSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateBox.addItem(self.templateSpacer)


        self.contentLayout.addLayout(self.templateBox)

        self.tabs.addTab(self.contentTab, "")
        self.votesTab = QWidget()
        self.votesTab.setObjectName(u"votesTab")
        self.votesLayout = QVBoxLayout(self.votesTab)
        self.votesLayout.setObjectName(u"votesLayout")
        self.quorumLabel = QLabel(self.votesTab)
        self.quorumLabel.setObjectName(u"quorumLabel")
        self.quorumLabel.setWordWrap(True)

        self.votesLayout.addWidget(self.quorumLabel)

        self.votesTable = QTableWidget(self.votesTab)
        self.votesTable.setObjectName(u"votesTable")
        self.votesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.votesTable.setAlternatingRowColors(True)

        self.votesLayout.addWidget(self.votesTable)

        self.votesButtons = QHBoxLayout()
        self.votesButtons.setObjectName(u"votesButtons")
        self.addVoteButton = QPushButton(self.votesTab)
        self.addVoteButton.setObjectName(u"addVoteButton")

        self.votesButtons.addWidget(self.addVoteButton)

        self.removeVoteButton = QPushButton(self.votesTab)
        self.removeVoteButton.setObjectName(u"removeVoteButton")

        self.votesButtons.addWidget(self.removeVoteButton)

        self.votesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votesButtons.addItem(self.votesSpacer)


        self.votesLayout.addLayout(self.votesButtons)

        self.tabs.addTab(self.votesTab, "")
        self.gradesTab = QWidget()
        self.gradesTab.setObjectName(u"gradesTab")
        self.gradesLayout = QVBoxLayout(self.gradesTab)
        self.gradesLayout.setObjectName(u"gradesLayout")
        self.gradesSummaryLabel = QLabel(self.gradesTab)
        self.gradesSummaryLabel.setObjectName(u"gradesSummaryLabel")
        self.gradesSummaryLabel.setWordWrap(True)

        self.gradesLayout.addWidget(self.gradesSummaryLabel)

        self.gradesTable = QTableWidget(self.gradesTab)
        self.gradesTable.setObjectName(u"gradesTable")
        self.gradesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.gradesTable.setAlternatingRowColors(True)

        self.gradesLayout.addWidget(self.gradesTable)

        self.gradesHint = QLabel(self.gradesTab)
        self.gradesHint.setObjectName(u"gradesHint")
        self.gradesHint.setWordWrap(True)
        self.gradesHint.setStyleSheet(u"color: #7f8c8d;")

        self.gradesLayout.addWidget(self.gradesHint)

        self.tabs.addTab(self.gradesTab, "")
        self.filesTab = QWidget()
        self.filesTab.setObjectName(u"filesTab")
        self.filesLayout = QVBoxLayout(self.filesTab)
        self.filesLayout.setObjectName(u"filesLayout")
        self.filesList = QListWidget(self.filesTab)
        self.filesList.setObjectName(u"filesList")
        self.filesList.setViewMode(QListView.ViewMode.IconMode)
        self.filesList.setIconSize(QSize(128, 96))
        self.filesList.setGridSize(QSize(156, 140))
        self.filesList.setResizeMode(QListView.ResizeMode.Adjust)
        self.filesList.setMovement(QListView.Movement.Static)
        self.filesList.setWordWrap(True)

        self.filesLayout.addWidget(self.filesList)

        self.filesButtons = QHBoxLayout()
        self.filesButtons.setObjectName(u"filesButtons")
        self.addFileButton = QPushButton(self.filesTab)
        self.addFileButton.setObjectName(u"addFileButton")

        self.filesButtons.addWidget(self.addFileButton)

        self.viewFileButton = QPushButton(self.filesTab)
        self.viewFileButton.setObjectName(u"viewFileButton")

        self.filesButtons.addWidget(self.viewFileButton)

        self.removeFileButton = QPushButton(self.filesTab)
        self.removeFileButton.setObjectName(u"removeFileButton")

        self.filesButtons.addWidget(self.removeFileButton)

        self.filesSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filesButtons.addItem(self.filesSpacer)

        self.filesHint = QLabel(self.filesTab)
        self.filesHint.setObjectName(u"filesHint")
        self.filesHint.setStyleSheet(u"color: #7f8c8d;")

        self.filesButtons.addWidget(self.filesHint)


        self.filesLayout.addLayout(self.filesButtons)

        self.tabs.addTab(self.filesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.problemsLabel = QLabel(MeetingDialog)
        self.problemsLabel.setObjectName(u"problemsLabel")
        self.problemsLabel.setWordWrap(True)
        self.problemsLabel.setStyleSheet(u"color: #c62828;")

        self.mainLayout.addWidget(self.problemsLabel)

        self.warningsLabel = QLabel(MeetingDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)
        self.warningsLabel.setStyleSheet(u"color: #7a4f00;")

        self.mainLayout.addWidget(self.warningsLabel)

        self.bottomBox = QHBoxLayout()
        self.bottomBox.setObjectName(u"bottomBox")
        self.historyButton = QPushButton(MeetingDialog)
        self.historyButton.setObjectName(u"historyButton")

        self.bottomBox.addWidget(self.historyButton)

        self.bottomSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomBox.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(MeetingDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.bottomBox.addWidget(self.buttonBox)


        self.mainLayout.addLayout(self.bottomBox)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.groupLabel.setBuddy(self.groupCombo)
        self.titleLabel.setBuddy(self.titleEdit)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timeLabel.setBuddy(self.startEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.hostLabel.setBuddy(self.hostEdit)
        self.recorderLabel.setBuddy(self.recorderEdit)
        self.lecturerLabel.setBuddy(self.lecturerEdit)
        self.topicLabel.setBuddy(self.topicEdit)
        self.agendaLabel.setBuddy(self.agendaEdit)
        self.minutesLabel.setBuddy(self.minutesEdit)
        self.decisionsLabel.setBuddy(self.decisionsEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MeetingDialog)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u8bb0\u5f55", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u7c7b\u578b", None))
        self.groupLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u515a\u5c0f\u7ec4", None))
        self.recordNoLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u7f16\u53f7", None))
        self.recordNoValue.setText(QCoreApplication.translate("MeetingDialog", u"\uff08\u4fdd\u5b58\u65f6\u81ea\u52a8\u7f16\u53f7\uff09", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u540d\u79f0", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u65e5\u671f", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("MeetingDialog", u"\u5982 2025-07-01", None))
        self.timeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u65f6\u95f4", None))
        self.toLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u81f3", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5730\u70b9", None))
        self.hostLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4e3b\u6301\u4eba", None))
        self.recorderLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb0\u5f55\u4eba", None))
        self.lecturerLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bb2\u8bfe\u4eba", None))
        self.topicLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u515a\u8bfe\u4e3b\u9898", None))
        self.keysLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u952e\u76d8\u767b\u8bb0\uff1a1 \u6216 \u7a7a\u683c \u51fa\u5e2d\u30002 \u8bf7\u5047\u30003 \u7f3a\u5e2d\u30004 \u4e0d\u8ba1\u5e94\u5230\u30000 \u6e05\u9664\u3000\u2191\u2193 \u79fb\u52a8\u3000\u56de\u8f66 \u586b\u539f\u56e0", None))
        self.allPresentButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5176\u4f59\u5168\u90e8\u51fa\u5e2d", None))
        self.refreshPeopleButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6309\u82b1\u540d\u518c\u91cd\u65b0\u751f\u6210\u540d\u5355", None))
        self.guestsLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u5217\u5e2d\u4eba\u5458", None))
        self.addGuestButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0\u5217\u5e2d\u4eba\u5458", None))
        self.removeGuestButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664\u6240\u9009\u5217\u5e2d\u4eba\u5458", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attendanceTab), QCoreApplication.translate("MeetingDialog", u"\u51fa\u5e2d\u60c5\u51b5", None))
        self.agendaLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898\uff08\u6bcf\u884c\u4e00\u9879\uff09", None))
        self.minutesLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u4f1a\u8bae\u5185\u5bb9\uff08\u53d1\u8a00\u8981\u70b9\uff0c\u4e0d\u540c\u610f\u89c1\u4e5f\u8981\u8bb0\u5f55\uff09", None))
        self.decisionsLabel.setText(QCoreApplication.translate("MeetingDialog", u"\u51b3\u8bae", None))
        self.saveTemplateButton.setText(QCoreApplication.translate("MeetingDialog", u"\u628a\u8bae\u9898\u548c\u5185\u5bb9\u5b58\u4e3a\u672c\u652f\u90e8\u6a21\u677f", None))
        self.templateHint.setText(QCoreApplication.translate("MeetingDialog", u"\u4ee5\u540e\u65b0\u5efa\u8fd9\u7c7b\u4f1a\u8bae\u65f6\u81ea\u52a8\u586b\u5165", None))
        self.tabs.setTabText(self.tabs.indexOf(self.contentTab), QCoreApplication.translate("MeetingDialog", u"\u8bae\u9898\u4e0e\u5185\u5bb9", None))
        self.addVoteButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0\u8868\u51b3\u4e8b\u9879", None))
        self.removeVoteButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664\u6240\u9009\u4e8b\u9879", None))
        self.tabs.setTabText(self.tabs.indexOf(self.votesTab), QCoreApplication.translate("MeetingDialog", u"\u8868\u51b3", None))
        self.gradesHint.setText(QCoreApplication.translate("MeetingDialog", u"\u7b49\u6b21\uff1a\u4f18\u79c0\u3001\u5408\u683c\u3001\u57fa\u672c\u5408\u683c\u3001\u4e0d\u5408\u683c\uff1b\u4f18\u79c0\u4e00\u822c\u4e0d\u8d85\u8fc7\u53c2\u8bc4\u515a\u5458\u7684\u4e09\u5206\u4e4b\u4e00\u3002\u9884\u5907\u515a\u5458\u53c2\u52a0\u8bc4\u8bae\uff0c\u4e0d\u8bc4\u5b9a\u7b49\u6b21\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.gradesTab), QCoreApplication.translate("MeetingDialog", u"\u8bc4\u5b9a\u7b49\u6b21", None))
        self.addFileButton.setText(QCoreApplication.translate("MeetingDialog", u"\u6dfb\u52a0\u9644\u4ef6\u2026", None))
        self.viewFileButton.setText(QCoreApplication.translate("MeetingDialog", u"\u67e5\u770b", None))
        self.removeFileButton.setText(QCoreApplication.translate("MeetingDialog", u"\u5220\u9664", None))
        self.filesHint.setText(QCoreApplication.translate("MeetingDialog", u"\u7b7e\u5230\u8868\u626b\u63cf\u4ef6\u3001\u4f1a\u8bae\u7167\u7247\u7b49\uff0c\u5355\u4e2a\u6587\u4ef6\u4e0d\u8d85\u8fc7 20 MB", None))
        self.tabs.setTabText(self.tabs.indexOf(self.filesTab), QCoreApplication.translate("MeetingDialog", u"\u9644\u4ef6", None))
        self.historyButton.setText(QCoreApplication.translate("MeetingDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
    # retranslateUi

