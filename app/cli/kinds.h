#pragma once

#include "workspace/recordstore.h"

#include <QList>
#include <QString>

namespace igw::cli {

// A record kind the CLI can name on the command line (`igw list KIND`) and count in
// `igw info`. Its word is RecordKind::listName.
struct CliKind {
    const RecordKind *kind;
    QString description;
};

// Every kind the CLI knows, in display order. A new module's kind is one line here.
QList<CliKind> cliKinds();
const RecordKind *findKind(const QString &word);
QStringList kindWords();

} // namespace igw::cli
