# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/checks_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'checks_dialog.ui'
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

class Ui_ChecksDialog(object):
    def setupUi(self, ChecksDialog):
        if not ChecksDialog.objectName():
            ChecksDialog.setObjectName(u"ChecksDialog")
        ChecksDialog.resize(1000, 520)
        self.mainLayout = QVBoxLayout(ChecksDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ChecksDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.checksTable = QTableWidget(ChecksDialog)
        self.checksTable.setObjectName(u"checksTable")
        self.checksTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.checksTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.checksTable.setAlternatingRowColors(True)
        self.checksTable.setWordWrap(False)

        self.mainLayout.addWidget(self.checksTable)

        self.buttonBox = QDialogButtonBox(ChecksDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ChecksDialog)

        QMetaObject.connectSlotsByName(ChecksDialog)
    # setupUi

    def retranslateUi(self, ChecksDialog):
        ChecksDialog.setWindowTitle(QCoreApplication.translate("ChecksDialog", u"\u68c0\u67e5\u7ed3\u679c", None))
    # retranslateUi

