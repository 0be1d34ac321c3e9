#include "ropa/ui/linkpicker.h"

#include "ropa/ui/ropauitr.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace igw {

namespace {

// Rows listed besides the chosen ones; typing narrows the rest.
constexpr int ShownAtMost = 200;
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

LinkPicker::LinkPicker(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_missingText(RopaUiTr::tr("record %1 (not found)"))
{
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(RopaUiTr::tr("Type to find by reference or name"));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumHeight(m_list->fontMetrics().lineSpacing() * 4);
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 10);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &LinkPicker::fill);
    connect(m_list, &QListWidget::itemChanged, this, &LinkPicker::onItemChanged);
    fill();
}

void LinkPicker::setCandidates(const QList<Candidate> &candidates)
{
    m_candidates = candidates;
    fill();
}

void LinkPicker::setChosen(const QList<qint64> &ids)
{
    m_chosen = QSet<qint64>(ids.cbegin(), ids.cend());
    fill();
}

QList<qint64> LinkPicker::chosen() const
{
    QList<qint64> ids(m_chosen.cbegin(), m_chosen.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool LinkPicker::choose(qint64 id, bool on)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(IdRole).toLongLong() == id) {
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

void LinkPicker::setReadOnly(bool readOnly)
{
    if (readOnly == m_readOnly)
        return;
    m_readOnly = readOnly;
    fill();
}

void LinkPicker::setAccessibleName(const QString &name)
{
    m_list->setAccessibleName(name);
    m_search->setAccessibleName(RopaUiTr::tr("Find %1").arg(name));
}

void LinkPicker::fill()
{
    m_filling = true;
    const int scroll = m_list->currentRow();
    m_list->clear();
    const QString text = m_search->text().simplified();
    const Qt::ItemFlags flags =
        m_readOnly
            ? Qt::ItemFlags(Qt::ItemIsEnabled)
            : Qt::ItemFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    const auto add = [&](qint64 id, const QString &label, const QString &tip, bool on) {
        auto *item = new QListWidgetItem(label, m_list);
        item->setData(IdRole, id);
        item->setFlags(flags);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        if (!tip.isEmpty())
            item->setToolTip(tip);
    };
    // The chosen first, whatever the search, so the choice is always in view.
    QSet<qint64> listed;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (m_chosen.contains(c.id)) {
            add(c.id, c.label, c.toolTip, true);
            listed.insert(c.id);
        }
    }
    for (qint64 id : chosen()) {
        if (!listed.contains(id))
            add(id, m_missingText.arg(id), {}, true);
    }
    int matches = 0;
    int shown = 0;
    if (!m_readOnly) {
        for (const Candidate &c : std::as_const(m_candidates)) {
            if (m_chosen.contains(c.id) ||
                (!text.isEmpty() && !c.label.contains(text, Qt::CaseInsensitive)))
                continue;
            ++matches;
            if (shown < ShownAtMost) {
                add(c.id, c.label, c.toolTip, false);
                ++shown;
            }
        }
    }
    const QLocale locale;
    if (m_candidates.isEmpty())
        m_status->setText(RopaUiTr::tr("Nothing to choose from yet."));
    else if (matches > shown)
        m_status->setText(RopaUiTr::tr("%1 more not listed: type to narrow the list.")
                              .arg(locale.toString(matches - shown)));
    else if (!text.isEmpty() && matches == 0)
        m_status->setText(RopaUiTr::tr("No other matches."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());
    if (scroll >= 0 && scroll < m_list->count())
        m_list->setCurrentRow(scroll, QItemSelectionModel::NoUpdate);
    m_filling = false;
}

void LinkPicker::onItemChanged(QListWidgetItem *item)
{
    if (m_filling || m_readOnly)
        return;
    const qint64 id = item->data(IdRole).toLongLong();
    const bool on = item->checkState() == Qt::Checked;
    if (on == m_chosen.contains(id))
        return;
    if (on)
        m_chosen.insert(id);
    else
        m_chosen.remove(id);
    // The list is not re-sorted under the pointer; the next search or load does that.
    emit changed();
}

} // namespace igw
