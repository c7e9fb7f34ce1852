# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'welcome_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_WelcomeDialog(object):
    def setupUi(self, WelcomeDialog):
        if not WelcomeDialog.objectName():
            WelcomeDialog.setObjectName(u"WelcomeDialog")
        WelcomeDialog.resize(520, 380)
        self.layout = QVBoxLayout(WelcomeDialog)
        self.layout.setObjectName(u"layout")
        self.introLabel = QLabel(WelcomeDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.layout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.languageLabel = QLabel(WelcomeDialog)
        self.languageLabel.setObjectName(u"languageLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(WelcomeDialog)
        self.languageCombo.setObjectName(u"languageCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.roleLabel = QLabel(WelcomeDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(WelcomeDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.regionLabel = QLabel(WelcomeDialog)
        self.regionLabel.setObjectName(u"regionLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.regionLabel)

        self.regionCombo = QComboBox(WelcomeDialog)
        self.regionCombo.setObjectName(u"regionCombo")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.regionCombo)

        self.nameLabel = QLabel(WelcomeDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(WelcomeDialog)
        self.nameEdit.setObjectName(u"nameEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)


        self.layout.addLayout(self.form)

        self.demoCheck = QCheckBox(WelcomeDialog)
        self.demoCheck.setObjectName(u"demoCheck")

        self.layout.addWidget(self.demoCheck)

        self.errorLabel = QLabel(WelcomeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.layout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(WelcomeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.regionLabel.setBuddy(self.regionCombo)
        self.nameLabel.setBuddy(self.nameEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(WelcomeDialog)

        QMetaObject.connectSlotsByName(WelcomeDialog)
    # setupUi

    def retranslateUi(self, WelcomeDialog):
        WelcomeDialog.setWindowTitle(QCoreApplication.translate("WelcomeDialog", u"Welcome to khdesk", None))
        self.introLabel.setText(QCoreApplication.translate("WelcomeDialog", u"khdesk keeps the round tables of \u00ab\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d \u0445\u0430\u043b\u049b\u044b\u043d\u0430\u00bb on this computer, with or without a network. Tell it who uses this computer.", None))
        self.languageLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Language", None))
        self.roleLabel.setText(QCoreApplication.translate("WelcomeDialog", u"&Role", None))
        self.regionLabel.setText(QCoreApplication.translate("WelcomeDialog", u"R&egion", None))
        self.nameLabel.setText(QCoreApplication.translate("WelcomeDialog", u"Your &name", None))
        self.demoCheck.setText(QCoreApplication.translate("WelcomeDialog", u"Load &demo data (a synthetic campaign of 64 meetings) to look around", None))
    # retranslateUi

