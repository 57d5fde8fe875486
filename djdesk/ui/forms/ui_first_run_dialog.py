# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/first_run_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'first_run_dialog.ui'
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
    QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_FirstRunDialog(object):
    def setupUi(self, FirstRunDialog):
        if not FirstRunDialog.objectName():
            FirstRunDialog.setObjectName(u"FirstRunDialog")
        FirstRunDialog.resize(560, 460)
        self.mainLayout = QVBoxLayout(FirstRunDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.introLabel = QLabel(FirstRunDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.roleGroup = QGroupBox(FirstRunDialog)
        self.roleGroup.setObjectName(u"roleGroup")
        self.roleRow = QHBoxLayout(self.roleGroup)
        self.roleRow.setObjectName(u"roleRow")
        self.villageRadio = QRadioButton(self.roleGroup)
        self.villageRadio.setObjectName(u"villageRadio")

        self.roleRow.addWidget(self.villageRadio)

        self.townshipRadio = QRadioButton(self.roleGroup)
        self.townshipRadio.setObjectName(u"townshipRadio")

        self.roleRow.addWidget(self.townshipRadio)


        self.mainLayout.addWidget(self.roleGroup)

        self.dbForm = QFormLayout()
        self.dbForm.setObjectName(u"dbForm")
        self.dbForm.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.townshipNameLabel = QLabel(FirstRunDialog)
        self.townshipNameLabel.setObjectName(u"townshipNameLabel")

        self.dbForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.townshipNameLabel)

        self.townshipNameEditBox = QVBoxLayout()
        self.townshipNameEditBox.setSpacing(1)
        self.townshipNameEditBox.setObjectName(u"townshipNameEditBox")
        self.townshipNameEdit = QLineEdit(FirstRunDialog)
        self.townshipNameEdit.setObjectName(u"townshipNameEdit")

        self.townshipNameEditBox.addWidget(self.townshipNameEdit)

        self.townshipNameError = QLabel(FirstRunDialog)
        self.townshipNameError.setObjectName(u"townshipNameError")
        self.townshipNameError.setStyleSheet(u"color: #c62828;")
        self.townshipNameError.setWordWrap(True)

        self.townshipNameEditBox.addWidget(self.townshipNameError)


        self.dbForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.townshipNameEditBox)

        self.townshipCodeLabel = QLabel(FirstRunDialog)
        self.townshipCodeLabel.setObjectName(u"townshipCodeLabel")

        self.dbForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.townshipCodeLabel)

        self.townshipCodeEdit = QLineEdit(FirstRunDialog)
        self.townshipCodeEdit.setObjectName(u"townshipCodeEdit")

        self.dbForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.townshipCodeEdit)

        self.villageNameLabel = QLabel(FirstRunDialog)
        self.villageNameLabel.setObjectName(u"villageNameLabel")

        self.dbForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.villageNameLabel)

        self.villageNameEditBox = QVBoxLayout()
        self.villageNameEditBox.setSpacing(1)
        self.villageNameEditBox.setObjectName(u"villageNameEditBox")
        self.villageNameEdit = QLineEdit(FirstRunDialog)
        self.villageNameEdit.setObjectName(u"villageNameEdit")

        self.villageNameEditBox.addWidget(self.villageNameEdit)

        self.villageNameError = QLabel(FirstRunDialog)
        self.villageNameError.setObjectName(u"villageNameError")
        self.villageNameError.setStyleSheet(u"color: #c62828;")
        self.villageNameError.setWordWrap(True)

        self.villageNameEditBox.addWidget(self.villageNameError)


        self.dbForm.setLayout(2, QFormLayout.ItemRole.FieldRole, self.villageNameEditBox)

        self.villageCodeLabel = QLabel(FirstRunDialog)
        self.villageCodeLabel.setObjectName(u"villageCodeLabel")

        self.dbForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.villageCodeLabel)

        self.villageCodeEdit = QLineEdit(FirstRunDialog)
        self.villageCodeEdit.setObjectName(u"villageCodeEdit")

        self.dbForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.villageCodeEdit)

        self.branchNameLabel = QLabel(FirstRunDialog)
        self.branchNameLabel.setObjectName(u"branchNameLabel")

        self.dbForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.branchNameLabel)

        self.branchNameEdit = QLineEdit(FirstRunDialog)
        self.branchNameEdit.setObjectName(u"branchNameEdit")

        self.dbForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.branchNameEdit)


        self.mainLayout.addLayout(self.dbForm)

        self.pathGroup = QGroupBox(FirstRunDialog)
        self.pathGroup.setObjectName(u"pathGroup")
        self.pathBox = QVBoxLayout(self.pathGroup)
        self.pathBox.setSpacing(1)
        self.pathBox.setObjectName(u"pathBox")
        self.pathRow = QHBoxLayout()
        self.pathRow.setObjectName(u"pathRow")
        self.pathEdit = QLineEdit(self.pathGroup)
        self.pathEdit.setObjectName(u"pathEdit")

        self.pathRow.addWidget(self.pathEdit)

        self.browseButton = QPushButton(self.pathGroup)
        self.browseButton.setObjectName(u"browseButton")

        self.pathRow.addWidget(self.browseButton)


        self.pathBox.addLayout(self.pathRow)

        self.pathError = QLabel(self.pathGroup)
        self.pathError.setObjectName(u"pathError")
        self.pathError.setStyleSheet(u"color: #c62828;")
        self.pathError.setWordWrap(True)

        self.pathBox.addWidget(self.pathError)


        self.mainLayout.addWidget(self.pathGroup)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(FirstRunDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.townshipNameLabel.setBuddy(self.townshipNameEdit)
        self.townshipCodeLabel.setBuddy(self.townshipCodeEdit)
        self.villageNameLabel.setBuddy(self.villageNameEdit)
        self.villageCodeLabel.setBuddy(self.villageCodeEdit)
        self.branchNameLabel.setBuddy(self.branchNameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstRunDialog)

        QMetaObject.connectSlotsByName(FirstRunDialog)
    # setupUi

    def retranslateUi(self, FirstRunDialog):
        FirstRunDialog.setWindowTitle(QCoreApplication.translate("FirstRunDialog", u"\u65b0\u5efa\u6570\u636e\u5e93", None))
        self.introLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u65b0\u5efa\u4e00\u4e2a\u6570\u636e\u5e93\uff0c\u7528\u6765\u767b\u8bb0\u672c\u5355\u4f4d\u7684\u515a\u7ec4\u7ec7\u548c\u515a\u5458\u3002\u6f14\u793a\u6570\u636e\u4e0d\u4f1a\u5e26\u5165\u65b0\u6570\u636e\u5e93\u3002", None))
        self.roleGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u6570\u636e\u5e93\u7c7b\u578b", None))
        self.villageRadio.setText(QCoreApplication.translate("FirstRunDialog", u"\u6751\uff08\u793e\u533a\uff09\u515a\u7ec4\u7ec7\uff1a\u767b\u8bb0\u672c\u6751\u515a\u5458", None))
        self.townshipRadio.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e61\u9547\u515a\u59d4\uff1a\u6c47\u603b\u5168\u4e61\u9547\u5404\u6751", None))
        self.townshipNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e61\u9547\u515a\u59d4\u540d\u79f0", None))
        self.townshipNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4f8b\uff1a\u7ea2\u661f\u4e61\u515a\u59d4", None))
        self.townshipCodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u4e61\u9547\u7ec4\u7ec7\u4ee3\u7801", None))
        self.townshipCodeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u53ef\u4e0d\u586b", None))
        self.villageNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u6751\uff08\u793e\u533a\uff09\u540d\u79f0", None))
        self.villageNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4f8b\uff1a\u674e\u5bb6\u6751", None))
        self.villageCodeLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u6751\u7ec4\u7ec7\u4ee3\u7801", None))
        self.villageCodeEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u53ef\u4e0d\u586b", None))
        self.branchNameLabel.setText(QCoreApplication.translate("FirstRunDialog", u"\u515a\u652f\u90e8\u540d\u79f0", None))
        self.branchNameEdit.setPlaceholderText(QCoreApplication.translate("FirstRunDialog", u"\u4e0d\u586b\u5219\u4e3a\u201c\u6751\u540d+\u515a\u652f\u90e8\u201d", None))
        self.pathGroup.setTitle(QCoreApplication.translate("FirstRunDialog", u"\u4fdd\u5b58\u4f4d\u7f6e", None))
        self.browseButton.setText(QCoreApplication.translate("FirstRunDialog", u"\u6d4f\u89c8\u2026", None))
    # retranslateUi

