#include "register/ui/termsedit.h"

#include "register/assets.h"
#include "register/ui/registeruitr.h"
#include "register/vocabulary.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QStringListModel>
#include <QToolButton>
#include <QVBoxLayout>

namespace igw {

namespace {

// Completes the term after the last ";" and puts the choice in its place.
class TermCompleter : public QCompleter {
public:
    TermCompleter(QAbstractItemModel *model, QLineEdit *edit)
        : QCompleter(model, edit)
        , m_edit(edit)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    QStringList splitPath(const QString &path) const override
    {
        return {path.section(QLatin1Char(';'), -1).trimmed()};
    }

    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString text = m_edit->text();
        const int cut = int(text.lastIndexOf(QLatin1Char(';')));
        const QString head = cut < 0 ? QString() : text.left(cut + 1) + QLatin1Char(' ');
        return head + index.data().toString();
    }

private:
    QLineEdit *m_edit;
};

} // namespace

TermsEdit::TermsEdit(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_choose(new QToolButton(this))
    , m_add(new QToolButton(this))
    , m_model(new QStringListModel(this))
{
    m_edit->setPlaceholderText(RegisterUiTr::tr("Terms separated by \";\""));
    m_edit->setCompleter(new TermCompleter(m_model, m_edit));
    m_choose->setText(RegisterUiTr::tr("Choose…"));
    m_choose->setToolTip(RegisterUiTr::tr("Tick terms from your organisation's list"));
    m_choose->setPopupMode(QToolButton::InstantPopup);
    m_choose->setMenu(new QMenu(m_choose));
    m_add->setText(RegisterUiTr::tr("Add term"));
    m_add->setToolTip(
        RegisterUiTr::tr("Add the typed terms that are not in your organisation's list yet"));
    // The terms get the full width; the buttons sit under them.
    auto *buttons = new QHBoxLayout;
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(m_choose);
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addLayout(buttons);
    setFocusProxy(m_edit);

    connect(m_choose->menu(), &QMenu::aboutToShow, this, [this] {
        QMenu *menu = m_choose->menu();
        menu->clear();
        const QStringList chosen = splitTerms(m_edit->text());
        for (const QString &term : std::as_const(m_known)) {
            QAction *a = menu->addAction(term);
            a->setCheckable(true);
            a->setChecked(chosen.contains(term, Qt::CaseInsensitive));
            connect(a, &QAction::toggled, this, [this, term](bool on) { toggleTerm(term, on); });
        }
        if (m_known.isEmpty())
            menu->addAction(RegisterUiTr::tr("(no terms yet)"))->setEnabled(false);
    });
    connect(m_add, &QToolButton::clicked, this, [this] {
        const QStringList unknown = unknownTerms();
        if (!unknown.isEmpty())
            emit addTermsRequested(unknown);
    });
    connect(m_edit, &QLineEdit::textChanged, this, &TermsEdit::updateAddButton);
    updateAddButton();
}

void TermsEdit::setKnownTerms(const QStringList &terms)
{
    m_known = terms;
    m_model->setStringList(terms);
    updateAddButton();
}

QStringList TermsEdit::unknownTerms() const
{
    QStringList out;
    const QStringList typed = splitTerms(m_edit->text());
    for (const QString &term : typed) {
        if (vocabulary::canonical(m_known, term).isEmpty())
            out << term;
    }
    return out;
}

QString TermsEdit::canonicalText() const
{
    QStringList out;
    const QStringList typed = splitTerms(m_edit->text());
    for (const QString &term : typed) {
        const QString known = vocabulary::canonical(m_known, term);
        out << (known.isEmpty() ? term : known);
    }
    return joinTerms(out);
}

void TermsEdit::toggleTerm(const QString &term, bool on)
{
    QStringList terms = splitTerms(m_edit->text());
    terms.removeIf([&](const QString &t) { return t.compare(term, Qt::CaseInsensitive) == 0; });
    if (on)
        terms << term;
    m_edit->setText(joinTerms(terms));
}

void TermsEdit::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_edit->setReadOnly(readOnly);
    m_choose->setEnabled(!readOnly);
    updateAddButton();
}

void TermsEdit::setAccessibleName(const QString &name)
{
    m_edit->setAccessibleName(name);
    m_choose->setAccessibleName(RegisterUiTr::tr("Choose %1").arg(name));
    m_add->setAccessibleName(RegisterUiTr::tr("Add new %1 to the vocabulary").arg(name));
}

void TermsEdit::updateAddButton()
{
    m_add->setEnabled(!m_readOnly && !unknownTerms().isEmpty());
}

} // namespace igw
