// igw: the IG Workbench command line tool. See docs/cli.md.
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("igw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IGW_VERSION));
    return igw::cli::run(QCoreApplication::arguments().mid(1));
}
