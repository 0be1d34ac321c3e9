#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace igw {

// Chooses the records an activity links to (assets, organisations): a checkable list with
// a search box. The chosen records come first; the others are listed as the search
// narrows them, at most a few hundred at a time, so it stays quick with a large register.
class LinkPicker : public QWidget {
    Q_OBJECT
public:
    struct Candidate {
        qint64 id = 0;
        QString label;   // "IA-0012 Adult social care case records"
        QString toolTip; // optional
    };

    explicit LinkPicker(QWidget *parent = nullptr);

    // The records that may be chosen; the chosen ones stay chosen.
    void setCandidates(const QList<Candidate> &candidates);
    // Replaces the choice without emitting changed().
    void setChosen(const QList<qint64> &ids);
    QList<qint64> chosen() const; // sorted
    // Chooses or drops one record as a click would (emits changed()); false if not listed.
    bool choose(qint64 id, bool on);
    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);
    // How a chosen id without a candidate reads ("asset 12 (not found)").
    void setMissingText(const QString &textWithId) { m_missingText = textWithId; }

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }

signals:
    void changed();

private:
    void fill();
    void onItemChanged(QListWidgetItem *item);

    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_status;
    QList<Candidate> m_candidates;
    QSet<qint64> m_chosen;
    QString m_missingText;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace igw
