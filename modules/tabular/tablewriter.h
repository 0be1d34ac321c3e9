#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

namespace igw::tabular {

struct ColumnSpec {
    enum class Type { Text, Integer, Date, Boolean };
    QString heading;
    Type type = Type::Text;
    double width = 0; // XLSX column width in characters; 0 = estimated from the first rows
};

// Writes a table with a header row. Output is atomic: rows go to a temporary file beside
// the target, which replaces the target only when close() succeeds, so a failed export
// leaves no half-written file (and any existing file untouched).
class TableWriter {
public:
    TableWriter() = default;
    virtual ~TableWriter();
    TableWriter(const TableWriter &) = delete;
    TableWriter &operator=(const TableWriter &) = delete;

    virtual bool open(const QString &path, const QList<ColumnSpec> &columns,
                      const QString &sheetName) = 0;
    // One value per column: QString, integers, QDate/QDateTime (or ISO text), bool; a null
    // QVariant is an empty cell.
    virtual bool writeRow(const QVariantList &values) = 0;
    // Finishes and moves the file into place.
    virtual bool close() = 0;
    // Abandons the export; the target is left as it was. The destructor does this too.
    virtual void cancel() = 0;

    // Translated; names the file and what went wrong.
    QString errorString() const { return m_error; }

    // "csv" or "xlsx"; null for anything else.
    static std::unique_ptr<TableWriter> forFormat(const QString &format);

protected:
    bool fail(const QString &message);
    void clearError() { m_error.clear(); }
    bool checkColumns(const QList<ColumnSpec> &columns);
    // Checks the value count against the columns; false (with an error) on a mismatch.
    bool checkRow(const QVariantList &values, qint64 rowNumber);

    // Value conversions shared by the writers.
    static std::optional<qint64> toInteger(const QVariant &value);
    static std::optional<QDate> toDate(const QVariant &value);
    static std::optional<bool> toBool(const QVariant &value);
    static QString toText(const QVariant &value);
    static QString yesNo(bool value);

    QString m_fileName;
    QList<ColumnSpec> m_columns;

private:
    QString m_error;
};

} // namespace igw::tabular
