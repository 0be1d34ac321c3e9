#include "sharing/ui/agreementmodel.h"

#include "sharing/agreements.h"
#include "sharing/agreementview.h"
#include "sharing/checklist.h"
#include "sharing/lifecycle.h"
#include "sharing/ui/sharinguitexts.h"
#include "sharing/ui/sharinguitr.h"
#include "workspace/workspace.h"

#include <QLocale>

namespace igw {

AgreementModel::AgreementModel(Workspace &workspace, QObject *parent)
    : QAbstractTableModel(parent)
    , m_workspace(workspace)
{
}

bool AgreementModel::reload(QString *error)
{
    QList<Row> rows;
    const QList<Record> all = m_workspace.records().list(kinds::agreement(), QStringLiteral("ref"));
    rows.reserve(all.size());
    for (const Record &a : all) {
        Row r;
        r.id = a.id;
        r.ref = a.ref;
        r.title = a.title(kinds::agreement());
        r.status = a.value(agreementField::status).toString();
        r.version = qMax(1, a.value(agreementField::version).toInt());
        r.reviewDate =
            QDate::fromString(a.value(agreementField::reviewDate).toString(), Qt::ISODate);
        QString viewError;
        if (const auto view = loadAgreementView(m_workspace, a.id, &viewError)) {
            r.parties = int(view->parties.size());
            for (const AgreementPartyView &p : view->parties)
                if (!p.self)
                    r.partners << p.name;
            // Finished agreements are records; their gaps no longer matter.
            if (!sharingUiText::isFinal(r.status))
                r.missing = int(checkAgreement(*view).size());
        } else if (error) {
            *error = viewError;
        }
        r.signedParties = r.parties - int(sharing::unsignedParties(m_workspace, a.id).size());
        rows.append(r);
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    return true;
}

int AgreementModel::rowOfId(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

int AgreementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AgreementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : Count;
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const QLocale locale;
    if (role == AgreementIdRole)
        return r.id;
    if (role == StatusKeyRole)
        return r.status;
    if (role == Qt::TextAlignmentRole && (index.column() == Version || index.column() == Missing))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Missing && r.missing > 0)
        return SharingUiTr::tr("The ICO Data Sharing Code checklist lists %1 missing item(s): "
                               "see the Checklist tab.")
            .arg(r.missing);
    if (role == Qt::ToolTipRole && index.column() == Signed && r.parties > 0)
        return SharingUiTr::tr("Parties that have signed version %1").arg(r.version);
    if (role == SortRole) {
        switch (index.column()) {
        case Version:
            return r.version;
        case Signed:
            return r.parties == 0 ? 0.0 : double(r.signedParties) / r.parties;
        case ReviewDate:
            return r.reviewDate.isValid() ? r.reviewDate.toString(Qt::ISODate) : QString();
        case Missing:
            return r.missing;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return r.ref;
    case Title:
        return r.title;
    case Status:
        return sharingUiText::statusText(r.status);
    case Version:
        return locale.toString(r.version);
    case Partners:
        return r.partners.join(QStringLiteral("; "));
    case Signed:
        return r.parties == 0 ? SharingUiTr::tr("No parties")
                              : SharingUiTr::tr("%1 of %2").arg(r.signedParties).arg(r.parties);
    case ReviewDate:
        return r.reviewDate.isValid() ? locale.toString(r.reviewDate, QLocale::ShortFormat)
                                      : SharingUiTr::tr("Not set");
    case Missing:
        return sharingUiText::isFinal(r.status) ? QString()
               : r.missing == 0                 ? SharingUiTr::tr("Complete")
                                                : locale.toString(r.missing);
    default:
        return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reference:
        return SharingUiTr::tr("Reference");
    case Title:
        return SharingUiTr::tr("Title");
    case Status:
        return SharingUiTr::tr("Status");
    case Version:
        return SharingUiTr::tr("Version");
    case Partners:
        return SharingUiTr::tr("Partners");
    case Signed:
        return SharingUiTr::tr("Signed");
    case ReviewDate:
        return SharingUiTr::tr("Review date");
    case Missing:
        return SharingUiTr::tr("Checklist gaps");
    default:
        return {};
    }
}

} // namespace igw
