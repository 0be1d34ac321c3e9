#include "workspace/transaction.h"

#include "workspace/sql.h"
#include "workspace/workspace.h"

namespace igw {

WriteTransaction::WriteTransaction(Workspace &workspace)
    : m_ws(workspace)
{
    if (m_ws.isReadOnly()) {
        m_error = m_ws.readOnlyMessage();
        return;
    }
    int &depth = m_ws.transactionDepth();
    m_outermost = depth == 0;
    if (m_outermost) {
        m_active = sql::exec(m_ws.database(), QStringLiteral("BEGIN IMMEDIATE"), {}, &m_error);
    } else {
        m_savepoint = QStringLiteral("igw_sp_%1").arg(depth);
        m_active =
            sql::exec(m_ws.database(), QStringLiteral("SAVEPOINT ") + m_savepoint, {}, &m_error);
    }
    if (m_active)
        ++depth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_active)
        rollback();
}

bool WriteTransaction::commit()
{
    if (!m_active) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("commit() without an active transaction");
        return false;
    }
    const QString statement =
        m_outermost ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + m_savepoint;
    if (!sql::exec(m_ws.database(), statement, {}, &m_error)) {
        rollback();
        return false;
    }
    m_active = false;
    --m_ws.transactionDepth();
    if (m_outermost)
        m_ws.flushChanges();
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_ws.transactionDepth();
    QString ignored;
    if (m_outermost) {
        sql::exec(m_ws.database(), QStringLiteral("ROLLBACK"), {}, &ignored);
        m_ws.dropChanges();
    } else {
        sql::exec(m_ws.database(), QStringLiteral("ROLLBACK TO ") + m_savepoint, {}, &ignored);
        sql::exec(m_ws.database(), QStringLiteral("RELEASE ") + m_savepoint, {}, &ignored);
    }
}

} // namespace igw
