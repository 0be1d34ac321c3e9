#include "dpia/ui/dpiacommands.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiauitr.h"
#include "register/ui/recordbatchcommand.h"
#include "workspace/sql.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QPointer>
#include <QUndoStack>

#include <memory>

namespace igw::dpiaCommands {

namespace {

// Pushes the batch and tells whether it worked; the stack deletes a failed (obsolete)
// batch, so the outcome is shared rather than read from the pointer afterwards.
bool push(RecordEditor &editor, RecordBatchCommand *batch)
{
    auto failed = std::make_shared<bool>(false);
    QPointer<RecordEditor> guard(&editor);
    batch->setErrorHandler([guard, failed](const QString &error) {
        *failed = true;
        if (guard)
            emit guard->failed(error);
    });
    editor.undoStack().push(batch);
    return !*failed;
}

void addMeasureDeletes(RecordEditor &editor, RecordBatchCommand *batch, const QString &where,
                       qint64 id)
{
    Workspace &ws = editor.workspace();
    const QList<Record> measures = ws.records().list(kinds::measure(), {}, where, {id});
    for (const Record &m : measures)
        new DeleteRecordCommand(ws, kinds::measure(), m.id, batch->text(), batch);
}

} // namespace

bool removeDpia(RecordEditor &editor, qint64 dpiaId, const QString &text)
{
    if (editor.isReadOnly())
        return false;
    Workspace &ws = editor.workspace();
    auto *batch = new RecordBatchCommand(ws, text);
    addMeasureDeletes(editor, batch, QStringLiteral("dpia_id = ?"), dpiaId);
    for (const Record &risk : loadRisks(ws, dpiaId))
        new DeleteRecordCommand(ws, kinds::risk(), risk.id, text, batch);
    new DeleteRecordCommand(ws, kinds::dpia(), dpiaId, text, batch);
    return push(editor, batch);
}

bool removeRisk(RecordEditor &editor, qint64 riskId, const QString &text)
{
    if (editor.isReadOnly())
        return false;
    Workspace &ws = editor.workspace();
    auto *batch = new RecordBatchCommand(ws, text);
    addMeasureDeletes(editor, batch, QStringLiteral("risk_id = ?"), riskId);
    new DeleteRecordCommand(ws, kinds::risk(), riskId, text, batch);
    return push(editor, batch);
}

bool changeMatrix(RecordEditor &editor, qint64 dpiaId, const QVariantMap &changes,
                  const RiskMatrix &from, const RiskMatrix &to, const QString &text)
{
    if (editor.isReadOnly())
        return false;
    Workspace &ws = editor.workspace();
    auto *batch = new RecordBatchCommand(ws, text);
    new UpdateRecordCommand(ws, kinds::dpia(), dpiaId, changes, text, batch);
    const auto moved = [&](const QVariant &value) -> QVariant {
        const int level = mapRiskLevel(value.toInt(), from.levels(), to.levels());
        return level > 0 ? QVariant(level) : QVariant();
    };
    for (const Record &risk : loadRisks(ws, dpiaId)) {
        QVariantMap levels;
        for (const QString &field : {riskField::likelihood, riskField::severity,
                                     riskField::residualLikelihood, riskField::residualSeverity})
            levels.insert(field, moved(risk.value(field)));
        new UpdateRecordCommand(ws, kinds::risk(), risk.id, levels, text, batch);
    }
    return push(editor, batch);
}

QString removalBlocker(RecordEditor &editor, qint64 dpiaId)
{
    const QSqlDatabase db = editor.workspace().database();
    const auto count = [&](const char *table) {
        return sql::scalar(db,
                           QStringLiteral("SELECT count(*) FROM %1 WHERE dpia_id = ?")
                               .arg(QLatin1String(table)),
                           {dpiaId})
            .toLongLong();
    };
    if (count("dpia_versions") > 0)
        return DpiaUiTr::tr("It has frozen versions, which are kept as the record of what was "
                            "reviewed and approved.");
    if (count("dpia_attachments") > 0)
        return DpiaUiTr::tr("It has attached documents. Remove them first.");
    if (count("dpia_comments") > 0)
        return DpiaUiTr::tr("It has review comments, which are kept with it.");
    return {};
}

} // namespace igw::dpiaCommands
