# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/site_log_dialog.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'site_log_dialog.ui'
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
    QPlainTextEdit, QSizePolicy, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_SiteLogDialog(object):
    def setupUi(self, SiteLogDialog):
        if not SiteLogDialog.objectName():
            SiteLogDialog.setObjectName(u"SiteLogDialog")
        SiteLogDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(SiteLogDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.fields.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.registerLabel = QLabel(SiteLogDialog)
        self.registerLabel.setObjectName(u"registerLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.registerLabel)

        self.registerBox = QVBoxLayout()
        self.registerBox.setSpacing(1)
        self.registerBox.setObjectName(u"registerBox")
        self.registerCombo = QComboBox(SiteLogDialog)
        self.registerCombo.setObjectName(u"registerCombo")

        self.registerBox.addWidget(self.registerCombo)

        self.registerError = QLabel(SiteLogDialog)
        self.registerError.setObjectName(u"registerError")
        self.registerError.setStyleSheet(u"color: #c62828;")
        self.registerError.setWordWrap(True)

        self.registerBox.addWidget(self.registerError)


        self.fields.setLayout(0, QFormLayout.ItemRole.FieldRole, self.registerBox)

        self.entry_dateLabel = QLabel(SiteLogDialog)
        self.entry_dateLabel.setObjectName(u"entry_dateLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.entry_dateLabel)

        self.entry_dateBox = QVBoxLayout()
        self.entry_dateBox.setSpacing(1)
        self.entry_dateBox.setObjectName(u"entry_dateBox")
        self.dateEdit = QLineEdit(SiteLogDialog)
        self.dateEdit.setObjectName(u"dateEdit")

        self.entry_dateBox.addWidget(self.dateEdit)

        self.entry_dateError = QLabel(SiteLogDialog)
        self.entry_dateError.setObjectName(u"entry_dateError")
        self.entry_dateError.setStyleSheet(u"color: #c62828;")
        self.entry_dateError.setWordWrap(True)

        self.entry_dateBox.addWidget(self.entry_dateError)


        self.fields.setLayout(1, QFormLayout.ItemRole.FieldRole, self.entry_dateBox)

        self.contentLabel = QLabel(SiteLogDialog)
        self.contentLabel.setObjectName(u"contentLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.contentLabel)

        self.contentBox = QVBoxLayout()
        self.contentBox.setSpacing(1)
        self.contentBox.setObjectName(u"contentBox")
        self.contentEdit = QPlainTextEdit(SiteLogDialog)
        self.contentEdit.setObjectName(u"contentEdit")

        self.contentBox.addWidget(self.contentEdit)

        self.contentError = QLabel(SiteLogDialog)
        self.contentError.setObjectName(u"contentError")
        self.contentError.setStyleSheet(u"color: #c62828;")
        self.contentError.setWordWrap(True)

        self.contentBox.addWidget(self.contentError)


        self.fields.setLayout(2, QFormLayout.ItemRole.FieldRole, self.contentBox)

        self.personLabel = QLabel(SiteLogDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personBox = QVBoxLayout()
        self.personBox.setSpacing(1)
        self.personBox.setObjectName(u"personBox")
        self.personEdit = QLineEdit(SiteLogDialog)
        self.personEdit.setObjectName(u"personEdit")

        self.personBox.addWidget(self.personEdit)

        self.personError = QLabel(SiteLogDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setStyleSheet(u"color: #c62828;")
        self.personError.setWordWrap(True)

        self.personBox.addWidget(self.personError)


        self.fields.setLayout(3, QFormLayout.ItemRole.FieldRole, self.personBox)

        self.participantsLabel = QLabel(SiteLogDialog)
        self.participantsLabel.setObjectName(u"participantsLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.participantsLabel)

        self.participantsBox = QVBoxLayout()
        self.participantsBox.setSpacing(1)
        self.participantsBox.setObjectName(u"participantsBox")
        self.participantsSpin = QSpinBox(SiteLogDialog)
        self.participantsSpin.setObjectName(u"participantsSpin")
        self.participantsSpin.setMaximum(100000)

        self.participantsBox.addWidget(self.participantsSpin)

        self.participantsError = QLabel(SiteLogDialog)
        self.participantsError.setObjectName(u"participantsError")
        self.participantsError.setStyleSheet(u"color: #c62828;")
        self.participantsError.setWordWrap(True)

        self.participantsBox.addWidget(self.participantsError)


        self.fields.setLayout(4, QFormLayout.ItemRole.FieldRole, self.participantsBox)

        self.minutesLabel = QLabel(SiteLogDialog)
        self.minutesLabel.setObjectName(u"minutesLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.minutesLabel)

        self.minutesBox = QVBoxLayout()
        self.minutesBox.setSpacing(1)
        self.minutesBox.setObjectName(u"minutesBox")
        self.minutesSpin = QSpinBox(SiteLogDialog)
        self.minutesSpin.setObjectName(u"minutesSpin")
        self.minutesSpin.setMaximum(1440)
        self.minutesSpin.setSingleStep(30)

        self.minutesBox.addWidget(self.minutesSpin)

        self.minutesError = QLabel(SiteLogDialog)
        self.minutesError.setObjectName(u"minutesError")
        self.minutesError.setStyleSheet(u"color: #c62828;")
        self.minutesError.setWordWrap(True)

        self.minutesBox.addWidget(self.minutesError)


        self.fields.setLayout(5, QFormLayout.ItemRole.FieldRole, self.minutesBox)

        self.noteLabel = QLabel(SiteLogDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteBox = QVBoxLayout()
        self.noteBox.setSpacing(1)
        self.noteBox.setObjectName(u"noteBox")
        self.noteEdit = QLineEdit(SiteLogDialog)
        self.noteEdit.setObjectName(u"noteEdit")

        self.noteBox.addWidget(self.noteEdit)

        self.noteError = QLabel(SiteLogDialog)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setStyleSheet(u"color: #c62828;")
        self.noteError.setWordWrap(True)

        self.noteBox.addWidget(self.noteError)


        self.fields.setLayout(6, QFormLayout.ItemRole.FieldRole, self.noteBox)


        self.mainLayout.addLayout(self.fields)

        self.generalError = QLabel(SiteLogDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setStyleSheet(u"color: #c62828;")
        self.generalError.setWordWrap(True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(SiteLogDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setOrientation(Qt.Orientation.Horizontal)
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.registerLabel.setBuddy(self.registerCombo)
        self.entry_dateLabel.setBuddy(self.dateEdit)
        self.contentLabel.setBuddy(self.contentEdit)
        self.personLabel.setBuddy(self.personEdit)
        self.participantsLabel.setBuddy(self.participantsSpin)
        self.minutesLabel.setBuddy(self.minutesSpin)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SiteLogDialog)

        QMetaObject.connectSlotsByName(SiteLogDialog)
    # setupUi

    def retranslateUi(self, SiteLogDialog):
        SiteLogDialog.setWindowTitle(QCoreApplication.translate("SiteLogDialog", u"\u767b\u8bb0\u7c3f\u8bb0\u5f55", None))
        self.registerLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u767b\u8bb0\u7c3f", None))
        self.entry_dateLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u65e5\u671f", None))
        self.dateEdit.setPlaceholderText(QCoreApplication.translate("SiteLogDialog", u"\u4f8b\uff1a2025-03-01", None))
        self.contentLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u5185\u5bb9", None))
        self.personLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u8d1f\u8d23\u4eba", None))
        self.participantsLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u53c2\u52a0\u4eba\u6570", None))
        self.minutesLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u65f6\u957f\uff08\u5206\u949f\uff09", None))
        self.noteLabel.setText(QCoreApplication.translate("SiteLogDialog", u"\u5907\u6ce8", None))
    # retranslateUi

