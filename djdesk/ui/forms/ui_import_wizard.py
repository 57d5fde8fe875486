# GENERATED FILE, do not edit: made by `python -m djdesk.ui.build_forms` (`make forms`)
# from forms/import_wizard.ui. Change the form in Qt Designer and regenerate.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'import_wizard.ui'
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
from djdesk.ui.qt import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
    QWizard, QWizardPage)

class Ui_ImportWizard(object):
    def setupUi(self, ImportWizard):
        if not ImportWizard.objectName():
            ImportWizard.setObjectName(u"ImportWizard")
        ImportWizard.resize(1000, 640)
        ImportWizard.setWindowTitle(u"Excel")
        ImportWizard.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        ImportWizard.setOptions(QWizard.WizardOption.NoBackButtonOnStartPage|QWizard.WizardOption.NoBackButtonOnLastPage)
        self.filePage = QWizardPage()
        self.filePage.setObjectName(u"filePage")
        self.filePage.setSubTitle(u"-")
        self.fileLayout = QGridLayout(self.filePage)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileLabel = QLabel(self.filePage)
        self.fileLabel.setObjectName(u"fileLabel")

        self.fileLayout.addWidget(self.fileLabel, 0, 0, 1, 1)

        self.fileEdit = QLineEdit(self.filePage)
        self.fileEdit.setObjectName(u"fileEdit")

        self.fileLayout.addWidget(self.fileEdit, 0, 1, 1, 1)

        self.browseButton = QPushButton(self.filePage)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton, 0, 2, 1, 1)

        self.sheetLabel = QLabel(self.filePage)
        self.sheetLabel.setObjectName(u"sheetLabel")

        self.fileLayout.addWidget(self.sheetLabel, 1, 0, 1, 1)

        self.sheetCombo = QComboBox(self.filePage)
        self.sheetCombo.setObjectName(u"sheetCombo")

        self.fileLayout.addWidget(self.sheetCombo, 1, 1, 1, 2)

        self.targetLabel = QLabel(self.filePage)
        self.targetLabel.setObjectName(u"targetLabel")

        self.fileLayout.addWidget(self.targetLabel, 2, 0, 1, 1)

        self.targetCombo = QComboBox(self.filePage)
        self.targetCombo.setObjectName(u"targetCombo")

        self.fileLayout.addWidget(self.targetCombo, 2, 1, 1, 2)

        self.fileHintLabel = QLabel(self.filePage)
        self.fileHintLabel.setObjectName(u"fileHintLabel")
        self.fileHintLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileHintLabel, 3, 0, 1, 3)

        self.templateLayout = QHBoxLayout()
        self.templateLayout.setObjectName(u"templateLayout")
        self.templateHintLabel = QLabel(self.filePage)
        self.templateHintLabel.setObjectName(u"templateHintLabel")

        self.templateLayout.addWidget(self.templateHintLabel)

        self.templateButton = QPushButton(self.filePage)
        self.templateButton.setObjectName(u"templateButton")

        self.templateLayout.addWidget(self.templateButton)

        self.templateSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.templateLayout.addItem(self.templateSpacer)


        self.fileLayout.addLayout(self.templateLayout, 4, 0, 1, 3)

        self.fileErrorLabel = QLabel(self.filePage)
        self.fileErrorLabel.setObjectName(u"fileErrorLabel")
        self.fileErrorLabel.setStyleSheet(u"color: #c0392b;")
        self.fileErrorLabel.setWordWrap(True)

        self.fileLayout.addWidget(self.fileErrorLabel, 5, 0, 1, 3)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.fileLayout.addItem(self.fileSpacer, 6, 0, 1, 3)

        ImportWizard.addPage(self.filePage)
        self.mappingPage = QWizardPage()
        self.mappingPage.setObjectName(u"mappingPage")
        self.mappingLayout = QVBoxLayout(self.mappingPage)
        self.mappingLayout.setObjectName(u"mappingLayout")
        self.headerRowLayout = QHBoxLayout()
        self.headerRowLayout.setObjectName(u"headerRowLayout")
        self.headerFromLabel = QLabel(self.mappingPage)
        self.headerFromLabel.setObjectName(u"headerFromLabel")

        self.headerRowLayout.addWidget(self.headerFromLabel)

        self.headerFromSpin = QSpinBox(self.mappingPage)
        self.headerFromSpin.setObjectName(u"headerFromSpin")
        self.headerFromSpin.setMinimum(1)
        self.headerFromSpin.setMaximum(20)

        self.headerRowLayout.addWidget(self.headerFromSpin)

        self.headerToLabel = QLabel(self.mappingPage)
        self.headerToLabel.setObjectName(u"headerToLabel")

        self.headerRowLayout.addWidget(self.headerToLabel)

        self.headerToSpin = QSpinBox(self.mappingPage)
        self.headerToSpin.setObjectName(u"headerToSpin")
        self.headerToSpin.setMinimum(1)
        self.headerToSpin.setMaximum(20)

        self.headerRowLayout.addWidget(self.headerToSpin)

        self.headerRowSuffixLabel = QLabel(self.mappingPage)
        self.headerRowSuffixLabel.setObjectName(u"headerRowSuffixLabel")

        self.headerRowLayout.addWidget(self.headerRowSuffixLabel)

        self.headerInfoLabel = QLabel(self.mappingPage)
        self.headerInfoLabel.setObjectName(u"headerInfoLabel")
        self.headerInfoLabel.setStyleSheet(u"color: #5d6d7e;")

        self.headerRowLayout.addWidget(self.headerInfoLabel)

        self.headerRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRowLayout.addItem(self.headerRowSpacer)


        self.mappingLayout.addLayout(self.headerRowLayout)

        self.mappingTable = QTableWidget(self.mappingPage)
        self.mappingTable.setObjectName(u"mappingTable")
        self.mappingTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mappingTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.mappingTable.setAlternatingRowColors(True)

        self.mappingLayout.addWidget(self.mappingTable)

        self.mappingErrorLabel = QLabel(self.mappingPage)
        self.mappingErrorLabel.setObjectName(u"mappingErrorLabel")
        self.mappingErrorLabel.setStyleSheet(u"color: #c0392b;")
        self.mappingErrorLabel.setWordWrap(True)

        self.mappingLayout.addWidget(self.mappingErrorLabel)

        ImportWizard.addPage(self.mappingPage)
        self.previewPage = QWizardPage()
        self.previewPage.setObjectName(u"previewPage")
        self.previewLayout = QVBoxLayout(self.previewPage)
        self.previewLayout.setObjectName(u"previewLayout")
        self.previewTable = QTableWidget(self.previewPage)
        self.previewTable.setObjectName(u"previewTable")
        self.previewTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.previewTable.setAlternatingRowColors(True)
        self.previewTable.setWordWrap(False)

        self.previewLayout.addWidget(self.previewTable)

        ImportWizard.addPage(self.previewPage)
        self.reportPage = QWizardPage()
        self.reportPage.setObjectName(u"reportPage")
        self.reportPage.setSubTitle(u"-")
        self.reportLayout = QVBoxLayout(self.reportPage)
        self.reportLayout.setObjectName(u"reportLayout")
        self.summaryLabel = QLabel(self.reportPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setStyleSheet(u"font-weight: bold;")
        self.summaryLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.summaryLabel)

        self.problemsTable = QTableWidget(self.reportPage)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setWordWrap(True)

        self.reportLayout.addWidget(self.problemsTable)

        self.decisionsLabel = QLabel(self.reportPage)
        self.decisionsLabel.setObjectName(u"decisionsLabel")
        self.decisionsLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.decisionsLabel)

        self.decisionsTable = QTableWidget(self.reportPage)
        self.decisionsTable.setObjectName(u"decisionsTable")
        self.decisionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.decisionsTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.reportLayout.addWidget(self.decisionsTable)

        ImportWizard.addPage(self.reportPage)
        self.donePage = QWizardPage()
        self.donePage.setObjectName(u"donePage")
        self.doneLayout = QVBoxLayout(self.donePage)
        self.doneLayout.setObjectName(u"doneLayout")
        self.resultLabel = QLabel(self.donePage)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)

        self.doneLayout.addWidget(self.resultLabel)

        self.doneSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.doneLayout.addItem(self.doneSpacer)

        ImportWizard.addPage(self.donePage)

        self.retranslateUi(ImportWizard)

        QMetaObject.connectSlotsByName(ImportWizard)
    # setupUi

    def retranslateUi(self, ImportWizard):
        self.filePage.setTitle(QCoreApplication.translate("ImportWizard", u"\u9009\u62e9\u8868\u683c", None))
        self.fileLabel.setText(QCoreApplication.translate("ImportWizard", u"Excel \u6587\u4ef6", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("ImportWizard", u"\u70b9\u201c\u6d4f\u89c8\u2026\u201d\u9009\u62e9 .xlsx \u6587\u4ef6", None))
        self.browseButton.setText(QCoreApplication.translate("ImportWizard", u"\u6d4f\u89c8\u2026", None))
        self.sheetLabel.setText(QCoreApplication.translate("ImportWizard", u"\u5de5\u4f5c\u8868", None))
        self.templateHintLabel.setText(QCoreApplication.translate("ImportWizard", u"\u8fd8\u6ca1\u6709\u8868\u683c\uff1f\u53ef\u4ee5\u5148\u4e0b\u8f7d\u7a7a\u767d\u6a21\u677f\uff0c\u586b\u597d\u540e\u518d\u5bfc\u5165\u3002", None))
        self.templateButton.setText(QCoreApplication.translate("ImportWizard", u"\u4e0b\u8f7d\u7a7a\u767d\u6a21\u677f\u2026", None))
        self.mappingPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u8868\u5934\u548c\u5217", None))
        self.mappingPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u6838\u5bf9\u6bcf\u4e00\u5217\u5bfc\u5165\u4e3a\u4ec0\u4e48\u5185\u5bb9\uff1b\u4e0d\u9700\u8981\u7684\u5217\u9009\u201c\u4e0d\u5bfc\u5165\u201d\u3002\u540c\u6837\u683c\u5f0f\u7684\u8868\u683c\u4e0b\u6b21\u4f1a\u8bb0\u4f4f\u8fd9\u91cc\u7684\u9009\u62e9\u3002", None))
        self.headerFromLabel.setText(QCoreApplication.translate("ImportWizard", u"\u8868\u5934\u4ece\u7b2c", None))
        self.headerToLabel.setText(QCoreApplication.translate("ImportWizard", u"\u884c\u5230\u7b2c", None))
        self.headerRowSuffixLabel.setText(QCoreApplication.translate("ImportWizard", u"\u884c", None))
        self.previewPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u9884\u89c8", None))
        self.previewPage.setSubTitle(QCoreApplication.translate("ImportWizard", u"\u524d 20 \u884c\u6309\u5bfc\u5165\u540e\u7684\u6837\u5b50\u663e\u793a\uff08\u65e5\u671f\u3001\u8eab\u4efd\u8bc1\u53f7\u7b49\u5df2\u6574\u7406\uff09\u3002\u6807 \u26a0 \u7684\u5355\u5143\u683c\u65e0\u6cd5\u5bfc\u5165\u3002", None))
        self.reportPage.setTitle(QCoreApplication.translate("ImportWizard", u"\u68c0\u67e5\u7ed3\u679c", None))
        self.donePage.setTitle(QCoreApplication.translate("ImportWizard", u"\u5bfc\u5165\u5b8c\u6210", None))
        pass
    # retranslateUi

