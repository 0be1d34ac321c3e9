#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>
#include <QStringList>

namespace igw::cli {

// One verb of `igw`: its help text, its options (besides --help and --version, which
// every verb has) and the function that carries it out.
struct Command {
    QString name;        // "list"
    QString arguments;   // what follows the verb in the synopsis: "KIND FILE"
    QString summary;     // one line in `igw --help`
    QString description; // paragraphs for `igw help VERB`
    QString extraHelp;   // an optional section, e.g. the list of kinds
    QList<QCommandLineOption> options;
    QStringList examples; // "$ command" lines, optionally followed by output lines
    int (*run)(const Command &command, const QCommandLineParser &parser) = nullptr;
};

QString helpText(const Command &command);
QString versionText();

// Prints "igw VERB: message" and a pointer to the verb's help; returns exitcode::Usage.
int usageError(const Command &command, const QString &message);
// Prints "igw VERB: message" and returns `code`.
int failure(const Command &command, const QString &message, int code);

// Checks the positional arguments against their names (e.g. KIND, FILE); on a mismatch
// prints a usage error and sets *exitCode.
bool expectArguments(const Command &command, const QCommandLineParser &parser,
                     const QStringList &names, int *exitCode);

// --user NAME: who the audit trail records for verbs that write.
QCommandLineOption userOption();
// The --user value, or empty for the OS account.
QString userName(const QCommandLineParser &parser);

} // namespace igw::cli
