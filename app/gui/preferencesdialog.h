#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace igw {

// Edit > Preferences: the Settings a user may change.
class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);
    void accept() override; // writes the settings

private:
    QLineEdit *m_userName;
    QSpinBox *m_backupInterval;
    QSpinBox *m_backupsToKeep;
    QCheckBox *m_reopenLast;
};

} // namespace igw
