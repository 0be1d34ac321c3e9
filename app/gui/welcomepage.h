#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace igw {

// Shown when no workspace is open: create one, open one, or pick a recent one.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }

signals:
    void newRequested();
    void openRequested();
    void openRecentRequested(const QString &path);

private:
    QPushButton *m_new;
    QPushButton *m_open;
    QListWidget *m_recent;
};

} // namespace igw
