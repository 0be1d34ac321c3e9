#include "ropa/ui/categorypicker.h"

#include "register/assets.h"
#include "register/ui/termsedit.h"
#include "ropa/ui/ropauitr.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace igw {

namespace {

constexpr int ShownRows = 6;

} // namespace

CategoryPicker::CategoryPicker(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_none(new QLabel(this))
    , m_extra(new TermsEdit(this))
{
    m_list->setUniformItemSizes(true);
    m_none->setText(RopaUiTr::tr("No terms from the assets used (link assets on the Links "
                                 "tab), so only your own are recorded:"));
    m_none->setWordWrap(true);
    m_none->setForegroundRole(QPalette::PlaceholderText);
    m_extra->lineEdit()->setPlaceholderText(RopaUiTr::tr("Your own additions, separated by \";\""));
    // Own additions are free text here; the vocabulary is kept on the asset form.
    m_extra->addButton()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_list);
    layout->addWidget(m_none);
    layout->addWidget(m_extra);

    connect(m_list, &QListWidget::itemChanged, this, &CategoryPicker::onItemChanged);
    connect(m_extra->lineEdit(), &QLineEdit::textChanged, this, &CategoryPicker::edited);
    fill();
}

void CategoryPicker::load(const QString &excludedStored, const QString &extraStored)
{
    m_excluded = splitTerms(excludedStored);
    {
        const QSignalBlocker blocker(m_extra->lineEdit());
        m_extra->lineEdit()->setText(extraStored);
        m_extra->lineEdit()->setCursorPosition(0);
    }
    fill();
}

void CategoryPicker::setProposals(const ActivityCategories &categories,
                                  const QHash<QString, QString> &assetNames)
{
    if (categories.proposed == m_proposed && categories.sources == m_sources &&
        assetNames == m_assetNames)
        return;
    m_proposed = categories.proposed;
    m_sources = categories.sources;
    m_assetNames = assetNames;
    fill();
}

QString CategoryPicker::excludedText() const
{
    return joinTerms(m_excluded);
}

QString CategoryPicker::extraText() const
{
    return m_extra->canonicalText();
}

void CategoryPicker::setKnownTerms(const QStringList &terms)
{
    m_extra->setKnownTerms(terms);
}

void CategoryPicker::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    m_extra->setReadOnly(readOnly);
    fill();
}

void CategoryPicker::setAccessibleName(const QString &name)
{
    m_list->setAccessibleName(RopaUiTr::tr("%1 from the assets used").arg(name));
    m_extra->setAccessibleName(RopaUiTr::tr("Other %1").arg(name.toLower()));
}

bool CategoryPicker::include(const QString &term, bool on)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->text().compare(term, Qt::CaseInsensitive) == 0) {
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void CategoryPicker::mark(QListWidgetItem *item) const
{
    // Struck out in the type as well as in the tick box, so it reads without the box.
    QFont font = m_list->font();
    font.setStrikeOut(item->checkState() != Qt::Checked);
    item->setFont(font);
    item->setToolTip(toolTip(item->text()));
}

QString CategoryPicker::toolTip(const QString &term) const
{
    QStringList from;
    for (const QString &ref : m_sources.value(term.trimmed().toLower()))
        from << m_assetNames.value(ref, ref);
    const bool out = m_excluded.contains(term, Qt::CaseInsensitive);
    return (out ? RopaUiTr::tr("Struck out; proposed by %1") : RopaUiTr::tr("Proposed by %1"))
        .arg(from.join(QStringLiteral("; ")));
}

void CategoryPicker::fill()
{
    m_filling = true;
    const int current = m_list->currentRow();
    m_list->clear();
    const Qt::ItemFlags flags =
        m_readOnly
            ? Qt::ItemFlags(Qt::ItemIsEnabled)
            : Qt::ItemFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    for (const QString &term : std::as_const(m_proposed)) {
        auto *item = new QListWidgetItem(term, m_list);
        item->setFlags(flags);
        const bool out = m_excluded.contains(term, Qt::CaseInsensitive);
        item->setCheckState(out ? Qt::Unchecked : Qt::Checked);
        mark(item);
    }
    if (current >= 0 && current < m_list->count())
        m_list->setCurrentRow(current, QItemSelectionModel::NoUpdate);
    // As tall as its terms (up to a point), so a short list leaves room for the form.
    const int rows = qBound(1, m_list->count(), ShownRows);
    m_list->setFixedHeight(rows * qMax(m_list->sizeHintForRow(0), m_list->fontMetrics().height()) +
                           2 * m_list->frameWidth() + 2);
    m_list->setVisible(!m_proposed.isEmpty());
    m_none->setVisible(m_proposed.isEmpty());
    m_filling = false;
}

void CategoryPicker::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || m_readOnly)
        return;
    const QString term = item->text();
    m_excluded.removeIf(
        [&](const QString &t) { return t.compare(term, Qt::CaseInsensitive) == 0; });
    if (item->checkState() != Qt::Checked)
        m_excluded << term;
    // The item is only retitled: refilling the list inside its own signal would pull it
    // out from under the view.
    m_filling = true;
    mark(item);
    m_filling = false;
    emit edited();
}

} // namespace igw
