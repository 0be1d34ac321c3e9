#pragma once

#include "ropa/ropa.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace igw {

// What the form's values imply but the user did not enter, as read-only sentences.
struct DerivedHints {
    QString special;  // "Special category data comes from IA-0012 Adult social care …"
    QString criminal; // "Criminal offence data comes from …"
    QString art9;     // "Article 9 condition taken from IA-0012 …: Health or social care …"
};
DerivedHints derivedHints(const ActivityView &view);

// The editor's completeness panel: this activity's missing items with their citations
// (activate one to go to its field), and the derived facts as hints.
class ActivityChecks : public QWidget {
    Q_OBJECT
public:
    explicit ActivityChecks(QWidget *parent = nullptr);

    // `view` is the form's values resolved; nullptr: no activity shown.
    void setView(const ActivityView *view);
    QListWidget *list() const { return m_list; }

signals:
    void gapActivated(const QString &field);

private:
    QLabel *m_heading;
    QListWidget *m_list;
    QLabel *m_hints;
};

} // namespace igw
