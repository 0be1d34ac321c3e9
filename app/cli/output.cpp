#include "output.h"

#include <QCoreApplication>

#include <cstdio>

namespace igw::cli {

namespace {

void write(std::FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

} // namespace

QString tr(const char *text, int n)
{
    return QCoreApplication::translate("igw::cli", text, nullptr, n);
}

void printOut(const QString &line)
{
    write(stdout, line);
}

void printErr(const QString &line)
{
    // Results already printed must not appear after the error that ends them.
    std::fflush(stdout);
    write(stderr, line);
}

} // namespace igw::cli
