#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace igw {

class Workspace;

// The comments on one question of a DPIA (or, with an empty question id, on the DPIA as a
// whole), oldest first, with "Add comment…". A comment is saved at once and audited; it is a
// conversation about the answer, not part of it, so it is not an undo step.
class DpiaCommentsView : public QWidget {
    Q_OBJECT
public:
    DpiaCommentsView(Workspace &workspace, qint64 dpiaId, const QString &questionId,
                     QWidget *parent = nullptr);

    void refresh();
    int count() const { return m_count; }
    // The comments as shown, one a line ("Author, date: text").
    QStringList texts() const;
    QPushButton *addButton() const { return m_add; }
    // Asks for the text (Dialogs::getText) and saves it; false when cancelled or refused.
    bool addComment();

signals:
    void commentAdded();

private:
    Workspace &m_workspace;
    qint64 m_dpiaId;
    QString m_questionId;
    QLabel *m_heading;
    QVBoxLayout *m_list;
    QPushButton *m_add;
    int m_count = 0;
};

} // namespace igw
