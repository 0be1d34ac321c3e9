#pragma once

#include "ropa/ropa.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace igw {

class TermsEdit;

// "Ask once" categories of an activity (individuals or personal data): the terms proposed
// by the linked assets as a checkable list (ticked: included; each names the assets it
// comes from), and the user's own additions below. Unticking a proposed term strikes it
// out. Struck-out terms are kept even when no asset proposes them any more, so unlinking
// and relinking an asset keeps the choice, and a change elsewhere never dirties the form.
class CategoryPicker : public QWidget {
    Q_OBJECT
public:
    explicit CategoryPicker(QWidget *parent = nullptr);

    // Loads a stored activity's struck-out terms and own additions; no edited() signal.
    void load(const QString &excludedStored, const QString &extraStored);
    // New proposals (the form's linked assets changed); the struck-out terms and own
    // additions stay as the user left them. `assetNames` maps references to labels for
    // the tooltips.
    void setProposals(const ActivityCategories &categories,
                      const QHash<QString, QString> &assetNames);

    // The struck-out terms, joined with "; ".
    QString excludedText() const;
    // The own additions, joined with "; " in the vocabulary's spelling.
    QString extraText() const;
    void setKnownTerms(const QStringList &terms);
    void setReadOnly(bool readOnly);
    void setAccessibleName(const QString &name);

    QListWidget *list() const { return m_list; }
    TermsEdit *extra() const { return m_extra; }
    // Ticks or unticks a proposed term as a click would; false if it is not proposed.
    bool include(const QString &term, bool on);

signals:
    void edited();

private:
    void fill();
    QString toolTip(const QString &term) const;
    void mark(QListWidgetItem *item) const;
    void onItemChanged(QListWidgetItem *item);

    QListWidget *m_list;
    QLabel *m_none;
    TermsEdit *m_extra;
    QStringList m_proposed;
    QHash<QString, QStringList> m_sources;
    QHash<QString, QString> m_assetNames;
    QStringList m_excluded;
    bool m_filling = false;
    bool m_readOnly = false;
};

} // namespace igw
