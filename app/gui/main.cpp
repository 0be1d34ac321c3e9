#include "gui/mainwindow.h"
#include "gui/quitsignals.h"
#include "gui/screenshot.h"
#include "gui/settings.h"
#include "gui/shelltr.h"
#include "gui/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IG Workbench"));
    QApplication::setApplicationName(QStringLiteral("igworkbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("IG Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(IGW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("igworkbench"));
    igw::installTranslators(app);
    igw::Settings::migrate();

    QCommandLineParser parser;
    parser.setApplicationDescription(
        igw::ShellTr::tr("Information governance workbench for UK public bodies."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 igw::ShellTr::tr("The workspace (.igw) to open."),
                                 igw::ShellTr::tr("[FILE]"));
    QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                  QStringLiteral("Save the window as PNG and quit (for docs)."),
                                  QStringLiteral("png"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    QCommandLineOption screenshotPage(
        QStringLiteral("screenshot-page"),
        QStringLiteral("The page to show: organisation, assets, ropa or dpias."),
        QStringLiteral("page"));
    screenshotPage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotPage);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    const QString file = files.isEmpty() ? QString() : files.constFirst();

    if (parser.isSet(screenshot)) {
        // Keep the user's recent files and window settings out of it.
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
        igw::MainWindow window;
        window.show();
        if (!window.openWorkspace(file))
            return 1;
        QString error;
        if (!igw::saveScreenshot(window, parser.value(screenshot), &error,
                                 parser.value(screenshotPage))) {
            qCritical("screenshot: %s", qPrintable(error));
            return 1;
        }
        return 0;
    }
    igw::QuitSignals quitSignals;
    igw::MainWindow window;
    window.startUp(file);
    return app.exec();
}
