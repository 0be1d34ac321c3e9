#include "workspace/ui/formhelpers.h"

#include "workspace/ui/recordcommands.h"
#include "workspace/ui/workspaceuitr.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace igw::forms {

namespace {

// Refills while keeping the chosen value; no signals, so a refill is never an edit.
template <typename Fill> void refill(QComboBox *combo, Fill fill)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    const bool hadChoice = combo->currentIndex() >= 0;
    combo->clear();
    fill();
    int index = hadChoice ? -1 : combo->currentIndex();
    if (hadChoice) {
        for (int i = 0; i < combo->count(); ++i) {
            if (sameFieldValue(combo->itemData(i), current)) {
                index = i;
                break;
            }
        }
    }
    combo->setCurrentIndex(index);
}

} // namespace

QList<ValidationLabel::Message> messages(const ValidationIssues &issues)
{
    QList<ValidationLabel::Message> out;
    for (const ValidationIssue &issue : issues)
        out.append({issue.severity == ValidationIssue::Severity::Error
                        ? ValidationLabel::Severity::Error
                        : ValidationLabel::Severity::Warning,
                    issue.message});
    return out;
}

QString recordLabel(const Record &record, const RecordKind &kind)
{
    const QString title = record.title(kind);
    if (title.isEmpty())
        return record.ref;
    return WorkspaceUiTr::tr("%1 (%2)").arg(title, record.ref);
}

void fillPeople(QComboBox *combo, Workspace &workspace, const QString &noneText)
{
    refill(combo, [&] {
        if (!noneText.isEmpty())
            combo->addItem(noneText);
        const QList<Record> people = workspace.records().list(kinds::person(), personField::name);
        // Name and reference: short enough for the combo, unique even for namesakes; the
        // role is in the tooltip.
        for (const Record &person : people) {
            combo->addItem(recordLabel(person, kinds::person()), person.id);
            combo->setItemData(combo->count() - 1, person.value(personField::role),
                               Qt::ToolTipRole);
        }
    });
}

void fillOrganisations(QComboBox *combo, Workspace &workspace)
{
    refill(combo, [&] {
        const QList<Record> orgs = workspace.records().list(kinds::organisation(), orgField::name);
        const qint64 self = workspace.selfOrganisationId();
        for (const Record &org : orgs) {
            if (org.id == self)
                combo->insertItem(0,
                                  WorkspaceUiTr::tr("%1 (our organisation)")
                                      .arg(org.value(orgField::name).toString()),
                                  org.id);
            else
                combo->addItem(org.value(orgField::name).toString(), org.id);
        }
    });
}

void fillOrganisationTypes(QComboBox *combo)
{
    refill(combo, [&] {
        combo->addItem(WorkspaceUiTr::tr("(not set)"));
        const QStringList types = organisationTypes();
        for (const QString &key : types)
            combo->addItem(organisationTypeLabel(key), key);
    });
}

} // namespace igw::forms
