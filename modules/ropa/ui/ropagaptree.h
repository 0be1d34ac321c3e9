#pragma once

#include <QSet>
#include <QTreeWidget>

namespace igw {

struct Ropa;

// The ROPA's missing items grouped by activity ("PA-0003 Council tax billing" >
// "Retention schedule — UK GDPR Art. 30(1)(f)"), the organisation's own under
// "Organisation". Activating an item asks the page to open that activity at that field.
class RopaGapTree : public QTreeWidget {
    Q_OBJECT
public:
    enum Role {
        ActivityIdRole = Qt::UserRole + 1, // 0 for the organisation's items
        FieldRole,
    };

    explicit RopaGapTree(QWidget *parent = nullptr);

    void setRopa(const Ropa &ropa);
    // The top-level item of an activity, or nullptr.
    QTreeWidgetItem *itemOfActivity(qint64 id) const;

signals:
    void gapActivated(qint64 activityId, const QString &field);

private:
    // Groups the user opened or closed, kept across reloads.
    QSet<qint64> m_opened;
    QSet<qint64> m_closed;
    bool m_filling = false;
};

} // namespace igw
