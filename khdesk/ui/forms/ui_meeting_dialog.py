# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QSizePolicy, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_MeetingDialog(object):
    def setupUi(self, MeetingDialog):
        if not MeetingDialog.objectName():
            MeetingDialog.setObjectName(u"MeetingDialog")
        MeetingDialog.resize(520, 460)
        self.layout = QVBoxLayout(MeetingDialog)
        self.layout.setObjectName(u"layout")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(MeetingDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(MeetingDialog)
        self.titleEdit.setObjectName(u"titleEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.kindLabel = QLabel(MeetingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(MeetingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.formatLabel = QLabel(MeetingDialog)
        self.formatLabel.setObjectName(u"formatLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.formatLabel)

        self.formatCombo = QComboBox(MeetingDialog)
        self.formatCombo.setObjectName(u"formatCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.formatCombo)

        self.dateLabel = QLabel(MeetingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(MeetingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.timesLabel = QLabel(MeetingDialog)
        self.timesLabel.setObjectName(u"timesLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.timesLabel)

        self.timesLayout = QHBoxLayout()
        self.timesLayout.setObjectName(u"timesLayout")
        self.startEdit = QTimeEdit(MeetingDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.timesLayout.addWidget(self.startEdit)

        self.endEdit = QTimeEdit(MeetingDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.timesLayout.addWidget(self.endEdit)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.timesLayout)

        self.regionLabel = QLabel(MeetingDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(MeetingDialog)
        self.regionCombo.setObjectName(u"regionCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.placeLabel = QLabel(MeetingDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(MeetingDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.linkLabel = QLabel(MeetingDialog)
        self.linkLabel.setObjectName(u"linkLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkEdit = QLineEdit(MeetingDialog)
        self.linkEdit.setObjectName(u"linkEdit")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.linkEdit)

        self.chairLabel = QLabel(MeetingDialog)
        self.chairLabel.setObjectName(u"chairLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.chairLabel)

        self.chairLayout = QVBoxLayout()
        self.chairLayout.setSpacing(2)
        self.chairLayout.setObjectName(u"chairLayout")
        self.chairEdit = QLineEdit(MeetingDialog)
        self.chairEdit.setObjectName(u"chairEdit")

        self.chairLayout.addWidget(self.chairEdit)

        self.chairNote = QLabel(MeetingDialog)
        self.chairNote.setObjectName(u"chairNote")
        self.chairNote.setVisible(False)
        self.chairNote.setWordWrap(True)
        self.chairNote.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.chairLayout.addWidget(self.chairNote)


        self.form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.chairLayout)

        self.secretaryLabel = QLabel(MeetingDialog)
        self.secretaryLabel.setObjectName(u"secretaryLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.secretaryLabel)

        self.secretaryLayout = QVBoxLayout()
        self.secretaryLayout.setSpacing(2)
        self.secretaryLayout.setObjectName(u"secretaryLayout")
        self.secretaryEdit = QLineEdit(MeetingDialog)
        self.secretaryEdit.setObjectName(u"secretaryEdit")

        self.secretaryLayout.addWidget(self.secretaryEdit)

        self.secretaryNote = QLabel(MeetingDialog)
        self.secretaryNote.setObjectName(u"secretaryNote")
        self.secretaryNote.setVisible(False)
        self.secretaryNote.setWordWrap(True)
        self.secretaryNote.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)

        self.secretaryLayout.addWidget(self.secretaryNote)


        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.secretaryLayout)


        self.layout.addLayout(self.form)

        self.errorLabel = QLabel(MeetingDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.errorLabel)

        self.buttons = QDialogButtonBox(MeetingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.formatLabel.setBuddy(self.formatCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.timesLabel.setBuddy(self.startEdit)
        self.regionLabel.setBuddy(self.regionCombo)
        self.placeLabel.setBuddy(self.placeEdit)
        self.linkLabel.setBuddy(self.linkEdit)
        self.chairLabel.setBuddy(self.chairEdit)
        self.secretaryLabel.setBuddy(self.secretaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.formatCombo)
        QWidget.setTabOrder(self.formatCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.regionCombo)
        QWidget.setTabOrder(self.regionCombo, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.linkEdit)
        QWidget.setTabOrder(self.linkEdit, self.chairEdit)
        QWidget.setTabOrder(self.chairEdit, self.secretaryEdit)

        self.retranslateUi(MeetingDialog)

        QMetaObject.connectSlotsByName(MeetingDialog)
    # setupUi

    def retranslateUi(self, MeetingDialog):
        MeetingDialog.setWindowTitle(QCoreApplication.translate("MeetingDialog", u"Meeting", None))
        self.titleLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Title", None))
        self.kindLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Kind", None))
        self.formatLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Format", None))
        self.dateLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Date", None))
        self.timesLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Starts / ends", None))
        self.regionLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Region", None))
        self.placeLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Place", None))
        self.linkLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Link", None))
        self.chairLabel.setText(QCoreApplication.translate("MeetingDialog", u"&Chair", None))
        self.secretaryLabel.setText(QCoreApplication.translate("MeetingDialog", u"S&ecretary", None))
    # retranslateUi

