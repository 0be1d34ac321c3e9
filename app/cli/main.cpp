// igw: the IG Workbench command line tool. See docs/cli.md.
#include "cli.h"

#include <QGuiApplication>

#include <cstdio>

namespace {

QtMessageHandler g_previousHandler = nullptr;

// Qt warns while it sets up the platform when XDG_RUNTIME_DIR is unset (cron, containers,
// su); a command line tool does not use that folder, and the warning would mix into output
// that scripts read.
void quietStartup(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char *argv[])
{
    // A QGuiApplication because PDF reports need fonts. The CLI never shows a window, so
    // it uses the offscreen platform unless told otherwise: it runs on servers without a
    // display and never waits on an X or Wayland connection.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Qt would take its own options (-platform, -reverse, -session …) out of argv; the
    // verbs must see every argument as typed, so Qt is given only the program name.
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    int qtArgc = 1;
    g_previousHandler = qInstallMessageHandler(quietStartup);
    QGuiApplication app(qtArgc, argv);
    qInstallMessageHandler(g_previousHandler);
    QCoreApplication::setApplicationName(QStringLiteral("igw"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IGW_VERSION));
    return igw::cli::run(arguments);
}
