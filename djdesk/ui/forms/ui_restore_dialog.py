# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/restore_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'restore_dialog.ui'
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
    QGroupBox, QHBoxLayout, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_RestoreDialog(object):
    def setupUi(self, RestoreDialog):
        if not RestoreDialog.objectName():
            RestoreDialog.setObjectName(u"RestoreDialog")
        RestoreDialog.resize(640, 420)
        self.mainLayout = QVBoxLayout(RestoreDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(RestoreDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.backupList = QListWidget(RestoreDialog)
        self.backupList.setObjectName(u"backupList")

        self.mainLayout.addWidget(self.backupList)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.chooseFileButton = QPushButton(RestoreDialog)
        self.chooseFileButton.setObjectName(u"chooseFileButton")

        self.fileRow.addWidget(self.chooseFileButton)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileSpacer)


        self.mainLayout.addLayout(self.fileRow)

        self.summaryGroup = QGroupBox(RestoreDialog)
        self.summaryGroup.setObjectName(u"summaryGroup")
        self.summaryLayout = QVBoxLayout(self.summaryGroup)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryLabel = QLabel(self.summaryGroup)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summaryLayout.addWidget(self.summaryLabel)


        self.mainLayout.addWidget(self.summaryGroup)

        self.buttonBox = QDialogButtonBox(RestoreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)


        self.retranslateUi(RestoreDialog)

        QMetaObject.connectSlotsByName(RestoreDialog)
    # setupUi

    def retranslateUi(self, RestoreDialog):
        RestoreDialog.setWindowTitle(QCoreApplication.translate("RestoreDialog", u"\u4ece\u5907\u4efd\u6062\u590d", None))
        self.introLabel.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u4e00\u4e2a\u5907\u4efd\u3002\u6062\u590d\u4f1a\u7528\u5b83\u66ff\u6362\u5f53\u524d\u6570\u636e\u5e93\uff1b\u6062\u590d\u524d\uff0c\u5f53\u524d\u6570\u636e\u4f1a\u5148\u81ea\u52a8\u5907\u4efd\u3002", None))
        self.chooseFileButton.setText(QCoreApplication.translate("RestoreDialog", u"\u9009\u62e9\u5176\u4ed6\u5907\u4efd\u6587\u4ef6\u2026", None))
        self.summaryGroup.setTitle(QCoreApplication.translate("RestoreDialog", u"\u5907\u4efd\u5185\u5bb9", None))
    # retranslateUi

