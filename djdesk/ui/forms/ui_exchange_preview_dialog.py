# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/exchange_preview_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'exchange_preview_dialog.ui'
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

class Ui_ExchangePreviewDialog(object):
    def setupUi(self, ExchangePreviewDialog):
        if not ExchangePreviewDialog.objectName():
            ExchangePreviewDialog.setObjectName(u"ExchangePreviewDialog")
        ExchangePreviewDialog.resize(820, 520)
        self.mainLayout = QVBoxLayout(ExchangePreviewDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(ExchangePreviewDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.changesTable = QTableWidget(ExchangePreviewDialog)
        self.changesTable.setObjectName(u"changesTable")
        self.changesTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.changesTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.changesTable.setAlternatingRowColors(True)
        self.changesTable.setWordWrap(False)

        self.mainLayout.addWidget(self.changesTable)

        self.noteLabel = QLabel(ExchangePreviewDialog)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setWordWrap(True)
        self.noteLabel.setStyleSheet(u"color: #555555;")

        self.mainLayout.addWidget(self.noteLabel)

        self.buttonBox = QDialogButtonBox(ExchangePreviewDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(ExchangePreviewDialog)

        QMetaObject.connectSlotsByName(ExchangePreviewDialog)
    # setupUi

    def retranslateUi(self, ExchangePreviewDialog):
        ExchangePreviewDialog.setWindowTitle(QCoreApplication.translate("ExchangePreviewDialog", u"\u4e61\u9547\u56de\u4f20\u7684\u66f4\u6b63", None))
    # retranslateUi

