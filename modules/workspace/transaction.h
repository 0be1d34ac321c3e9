#pragma once

#include <QString>

namespace igw {

class Workspace;

// Every write goes through one of these: the outermost guard issues BEGIN IMMEDIATE (so
// the write lock is taken up front, never upgraded mid-transaction), nested guards use
// SAVEPOINTs. A guard that is destroyed without commit() rolls back its part.
class WriteTransaction {
public:
    explicit WriteTransaction(Workspace &workspace);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool isActive() const { return m_active; }
    QString errorString() const { return m_error; }
    bool commit();
    void rollback();

private:
    Workspace &m_ws;
    bool m_active = false;
    bool m_outermost = false;
    QString m_savepoint;
    QString m_error;
};

} // namespace igw
