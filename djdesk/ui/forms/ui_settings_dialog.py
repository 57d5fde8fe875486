# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/settings_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(420, 160)
        self.mainLayout = QVBoxLayout(SettingsDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.settingsForm = QFormLayout()
        self.settingsForm.setObjectName(u"settingsForm")
        self.settingsForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.languageLabel = QLabel(SettingsDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(SettingsDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.settingsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.mainLayout.addLayout(self.settingsForm)

        self.hintLabel = QLabel(SettingsDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"\u8bbe\u7f6e", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00", None))
        self.hintLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u754c\u9762\u8bed\u8a00\u66f4\u6539\u540e\u7acb\u5373\u751f\u6548\uff0c\u6570\u636e\u5185\u5bb9\uff08\u59d3\u540d\u3001\u7ec4\u7ec7\u540d\u79f0\u3001\u4ee3\u7801\u8868\uff09\u4fdd\u6301\u4e2d\u6587\u3002", None))
    # retranslateUi

