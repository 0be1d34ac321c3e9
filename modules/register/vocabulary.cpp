#include "register/vocabulary.h"

#include "register/registertr.h"
#include "workspace/audit.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

namespace igw::vocabulary {

QStringList terms(Workspace &workspace, const QString &kind)
{
    QStringList out;
    const auto rows = sql::rows(workspace.database(),
                                QStringLiteral("SELECT term FROM vocabulary WHERE kind = ?"
                                               " ORDER BY builtin DESC, id"),
                                {kind});
    for (const QVariantList &row : rows)
        out << row.at(0).toString();
    return out;
}

QString canonical(const QStringList &known, const QString &term)
{
    const QString wanted = term.simplified();
    for (const QString &k : known) {
        if (k.compare(wanted, Qt::CaseInsensitive) == 0)
            return k;
    }
    return {};
}

bool addTerm(Workspace &workspace, const QString &kind, const QString &term, QString *error)
{
    const QString clean = term.simplified();
    if (clean.isEmpty() || clean.contains(QLatin1Char(';'))) {
        if (error)
            *error = RegisterTr::tr("A term must not be empty or contain \";\" (it separates "
                                    "terms).");
        return false;
    }
    if (!canonical(terms(workspace, kind), clean).isEmpty())
        return true;
    WriteTransaction tx(workspace);
    if (!tx.isActive()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    if (!sql::exec(workspace.database(),
                   QStringLiteral("INSERT INTO vocabulary (kind, term) VALUES (?, ?)"),
                   {kind, clean}, error))
        return false;
    AuditEntry e;
    e.user = workspace.userName();
    e.recordTable = QStringLiteral("vocabulary");
    e.recordUuid = kind;
    e.action = QStringLiteral("create");
    e.field = kind;
    e.newValue = clean;
    if (!audit::append(workspace.database(), e, error))
        return false;
    workspace.queueChange(QStringLiteral("vocabulary"), 0);
    if (!tx.commit()) {
        if (error)
            *error = tx.errorString();
        return false;
    }
    return true;
}

} // namespace igw::vocabulary
