#pragma once

#include <QStringList>
#include <QWidget>

class QLineEdit;
class QStringListModel;
class QToolButton;

namespace igw {

// A "; "-separated list of vocabulary terms: typed with completion of the term being
// typed, or ticked in a menu of the organisation's terms. "Add term" adds the typed terms
// the vocabulary does not know yet (the owner of the widget does the adding).
class TermsEdit : public QWidget {
    Q_OBJECT
public:
    explicit TermsEdit(QWidget *parent = nullptr);

    QLineEdit *lineEdit() const { return m_edit; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *chooseButton() const { return m_choose; }

    void setKnownTerms(const QStringList &terms);
    QStringList knownTerms() const { return m_known; }
    // The typed terms the vocabulary does not know.
    QStringList unknownTerms() const;
    // The typed terms in their vocabulary spelling, joined with "; ".
    QString canonicalText() const;
    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);

signals:
    void addTermsRequested(const QStringList &terms);

private:
    void toggleTerm(const QString &term, bool on);
    void updateAddButton();

    QLineEdit *m_edit;
    QToolButton *m_choose;
    QToolButton *m_add;
    QStringListModel *m_model;
    QStringList m_known;
    bool m_readOnly = false;
};

} // namespace igw
