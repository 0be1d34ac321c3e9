#pragma once

#include "retention/disposal.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace igw {

class Workspace;

// Confirms that an asset's records were destroyed or transferred to archives: what was done
// (what the class allows), how (a common method or your own words), when, who confirmed it,
// and notes (required when it is done before the due date: why). The domain checks it all
// again; this dialog only gathers it.
class DisposalDialog : public QDialog {
    Q_OBJECT
public:
    DisposalDialog(Workspace &workspace, qint64 assetId, QWidget *parent = nullptr);

    DisposalRequest request() const;
    QComboBox *action() const { return m_action; }
    QComboBox *method() const { return m_method; }
    QDateEdit *date() const { return m_date; }
    QLineEdit *confirmedBy() const { return m_confirmedBy; }
    QPlainTextEdit *notes() const { return m_notes; }

private:
    qint64 m_assetId;
    QLabel *m_summary;
    QComboBox *m_action;
    QComboBox *m_method;
    QDateEdit *m_date;
    QLineEdit *m_confirmedBy;
    QPlainTextEdit *m_notes;
};

} // namespace igw
