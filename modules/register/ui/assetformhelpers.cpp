#include "register/ui/assetformhelpers.h"

#include "register/ui/registeruitr.h"
#include "workspace/sql.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QLabel>
#include <QSignalBlocker>

namespace igw::assetForms {

void fillChoices(QComboBox *combo, const Choices &list, const QString &noneText)
{
    const QSignalBlocker blocker(combo);
    const QVariant current = combo->currentData();
    const bool hadChoice = combo->currentIndex() >= 0;
    combo->clear();
    if (!noneText.isEmpty())
        combo->addItem(noneText);
    for (const auto &choice : list) {
        combo->addItem(choice.second, choice.first);
        combo->setItemData(combo->count() - 1, choice.second, Qt::ToolTipRole);
    }
    int index = hadChoice ? -1 : combo->currentIndex();
    for (int i = 0; hadChoice && i < combo->count(); ++i) {
        if (sameFieldValue(combo->itemData(i), current)) {
            index = i;
            break;
        }
    }
    combo->setCurrentIndex(index);
}

QStringList businessFunctions(Workspace &workspace)
{
    QStringList out;
    const QList<QVariantList> rows =
        sql::rows(workspace.database(),
                  QStringLiteral("SELECT DISTINCT business_function FROM assets"
                                 " WHERE business_function IS NOT NULL"
                                 " ORDER BY business_function COLLATE NOCASE LIMIT 1000"));
    for (const QVariantList &row : rows) {
        const QString f = row.value(0).toString();
        if (!out.contains(f, Qt::CaseInsensitive))
            out << f;
    }
    return out;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QLabel *sectionHeading(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 0);
    return label;
}

QStringList commonCountries()
{
    return {QStringLiteral("United Kingdom"),
            QStringLiteral("Ireland"),
            QStringLiteral("European Economic Area"),
            QStringLiteral("United States"),
            QStringLiteral("India"),
            QStringLiteral("Canada"),
            QStringLiteral("Switzerland")};
}

} // namespace igw::assetForms
