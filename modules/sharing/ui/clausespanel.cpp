#include "sharing/ui/clausespanel.h"

#include "sharing/agreements.h"
#include "sharing/agreementtext.h"
#include "sharing/agreementview.h"
#include "sharing/clauselibrary.h"
#include "sharing/ui/sharinguitr.h"
#include "widgets/richtextedit.h"
#include "workspace/workspace.h"

#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTextEdit>
#include <QVBoxLayout>

namespace igw {

ClausesPanel::ClausesPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_sections(new QListWidget(this))
    , m_clauses(new QPlainTextEdit(this))
    , m_additionLabel(new QLabel(this))
    , m_addition(new RichTextEdit(this))
{
    setObjectName(QStringLiteral("clausesPanel"));
    m_sections->setObjectName(QStringLiteral("clauseSections"));
    m_clauses->setObjectName(QStringLiteral("clauseText"));
    m_addition->setObjectName(QStringLiteral("clauseAddition"));
    m_sections->setAccessibleName(SharingUiTr::tr("Sections of the agreement"));
    m_clauses->setAccessibleName(SharingUiTr::tr("The section's clauses"));
    m_clauses->setReadOnly(true);
    m_clauses->setTabChangesFocus(true);
    m_clauses->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_additionLabel->setWordWrap(true);
    m_additionLabel->setBuddy(m_addition->textEdit());
    auto *hint = new QLabel(SharingUiTr::tr("The clauses come from the clause library with this "
                                            "agreement's stored details filled in; apply changes "
                                            "to see them here."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(hint);
    rightLayout->addWidget(m_clauses, 1);
    rightLayout->addWidget(m_additionLabel);
    rightLayout->addWidget(m_addition);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_sections);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    setTabOrder(m_sections, m_clauses);
    setTabOrder(m_clauses, m_addition->textEdit());

    connect(m_sections, &QListWidget::currentRowChanged, this, &ClausesPanel::showSection);
    connect(m_addition, &RichTextEdit::changed, this, [this] {
        if (m_loading)
            return;
        const int row = m_sections->currentRow();
        if (row < 0 || row >= m_sectionIds.size())
            return;
        const QString html = m_addition->html();
        if (html.isEmpty())
            m_additions.remove(m_sectionIds.at(row));
        else
            m_additions.insert(m_sectionIds.at(row), html);
        emit edited();
    });
    setAgreement(0);
}

void ClausesPanel::setAgreement(qint64 agreementId)
{
    const QString current =
        m_sections->currentRow() >= 0 && m_sections->currentRow() < m_sectionIds.size()
            ? m_sectionIds.at(m_sections->currentRow())
            : QString();
    m_loading = true;
    m_sections->clear();
    m_sectionIds.clear();
    m_sectionTexts.clear();
    m_additions = {};
    QString error;
    const auto view =
        agreementId > 0 ? loadAgreementView(m_workspace, agreementId, &error) : std::nullopt;
    if (view) {
        m_additions = agreementJson(view->value(agreementField::sectionAdditions));
        const QList<DraftSection> draft = draftAgreement(
            libraryFor(m_workspace, *view), agreementFacts(*view),
            agreementJson(view->value(agreementField::clauseOverrides)), m_additions);
        for (const DraftSection &s : draft) {
            m_sectionIds << s.id;
            m_sections->addItem(SharingUiTr::tr("%1 %2").arg(s.number, s.title));
            QStringList lines;
            for (const DraftClause &c : s.clauses)
                lines << (c.level > 1 ? QStringLiteral("    ") : QString()) + c.number +
                             QLatin1Char(' ') + c.text;
            m_sectionTexts << lines.join(QStringLiteral("\n\n"));
        }
    }
    m_loading = false;
    const int row = qMax(0, int(m_sectionIds.indexOf(current)));
    if (!m_sectionIds.isEmpty())
        m_sections->setCurrentRow(row);
    showSection(m_sectionIds.isEmpty() ? -1 : row);
}

void ClausesPanel::showSection(int row)
{
    m_loading = true;
    if (row < 0 || row >= m_sectionIds.size()) {
        m_clauses->clear();
        m_additionLabel->setText(SharingUiTr::tr("Your addition to the section:"));
        m_addition->setHtml(QString());
    } else {
        m_clauses->setPlainText(m_sectionTexts.at(row));
        m_additionLabel->setText(
            SharingUiTr::tr("Your &addition to section %1 (printed after its clauses):")
                .arg(m_sections->item(row)->text()));
        m_addition->setAccessibleName(
            SharingUiTr::tr("Addition to section %1").arg(m_sections->item(row)->text()));
        m_addition->setHtml(m_additions.value(m_sectionIds.at(row)).toString());
    }
    m_loading = false;
}

bool ClausesPanel::selectSection(const QString &sectionId)
{
    const int row = int(m_sectionIds.indexOf(sectionId));
    if (row < 0)
        return false;
    m_sections->setCurrentRow(row);
    return true;
}

QVariant ClausesPanel::additionsValue() const
{
    if (m_additions.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(m_additions).toJson(QJsonDocument::Compact));
}

void ClausesPanel::setReadOnly(bool readOnly)
{
    m_addition->setReadOnly(readOnly);
}

} // namespace igw
