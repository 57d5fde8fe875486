# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/meeting_history_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_history_dialog.ui'
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
from djdesk.ui.qt import (QAbstractButton, QAbstractItemView, QApplication, QDialog,
    QDialogButtonBox, QHeaderView, QLabel, QSizePolicy,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MeetingHistoryDialog(object):
    def setupUi(self, MeetingHistoryDialog):
        if not MeetingHistoryDialog.objectName():
            MeetingHistoryDialog.setObjectName(u"MeetingHistoryDialog")
        MeetingHistoryDialog.resize(900, 480)
        self.mainLayout = QVBoxLayout(MeetingHistoryDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.infoLabel = QLabel(MeetingHistoryDialog)
        self.infoLabel.setObjectName(u"infoLabel")
        self.infoLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.infoLabel)

        self.historyTable = QTableWidget(MeetingHistoryDialog)
        self.historyTable.setObjectName(u"historyTable")
        self.historyTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.historyTable.setAlternatingRowColors(True)
        self.historyTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.historyTable.setWordWrap(True)

        self.mainLayout.addWidget(self.historyTable)

        self.buttonBox = QDialogButtonBox(MeetingHistoryDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(MeetingHistoryDialog)

        QMetaObject.connectSlotsByName(MeetingHistoryDialog)
    # setupUi

    def retranslateUi(self, MeetingHistoryDialog):
        MeetingHistoryDialog.setWindowTitle(QCoreApplication.translate("MeetingHistoryDialog", u"\u4fee\u6539\u8bb0\u5f55", None))
    # retranslateUi

