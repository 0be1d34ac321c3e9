#pragma once

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;

namespace igw {

class RichTextEdit;
class Workspace;

// The agreement as its clauses will read: each section of the clause library with its
// numbered clauses filled from the agreement's stored details (party names, data items,
// lawful basis), and the agreement's own addition to the section in rich text, printed after
// the section's clauses. The additions are part of the editor's Apply.
class ClausesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ClausesPanel(Workspace &workspace, QWidget *parent = nullptr);

    // Shows the agreement's clauses and loads its stored additions (0: none).
    void setAgreement(qint64 agreementId);
    // The additions as they would be stored: compact JSON {section id: HTML}, null when none.
    QVariant additionsValue() const;
    void setReadOnly(bool readOnly);
    QListWidget *sections() const { return m_sections; }
    QPlainTextEdit *clauses() const { return m_clauses; }
    RichTextEdit *addition() const { return m_addition; }
    bool selectSection(const QString &sectionId);

signals:
    void edited();

private:
    void showSection(int row);

    Workspace &m_workspace;
    QListWidget *m_sections;
    QPlainTextEdit *m_clauses;
    QLabel *m_additionLabel;
    RichTextEdit *m_addition;
    QJsonObject m_additions;
    QStringList m_sectionIds;
    QStringList m_sectionTexts;
    bool m_loading = false;
};

} // namespace igw
