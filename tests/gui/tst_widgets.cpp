#include "widgets/banner.h"
#include "widgets/dialogs.h"
#include "widgets/queueddialogs.h"
#include "widgets/validationlabel.h"

#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QProcess>
#include <QTest>
#include <QVBoxLayout>

using namespace igw;

class TestWidgets : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { Dialogs::setBackend(nullptr); }

    void queuedAnswersAreTakenInOrder()
    {
        QueuedDialogs *dialogs = QueuedDialogs::install();
        dialogs->pushFileName(QStringLiteral("/tmp/a.igw"));
        dialogs->pushButton(QMessageBox::No);
        dialogs->pushChoice(1);
        dialogs->pushText(QStringLiteral("Kingsmere"));
        dialogs->pushText(QString());
        dialogs->pushOk();

        QCOMPARE(Dialogs::getSaveFileName(nullptr, QStringLiteral("Save")),
                 QStringLiteral("/tmp/a.igw"));
        QCOMPARE(Dialogs::question(nullptr, QStringLiteral("Q"), QStringLiteral("Sure?")),
                 QMessageBox::No);
        QCOMPARE(Dialogs::choose(nullptr, QStringLiteral("Choose"), QStringLiteral("Which?"),
                                 {QStringLiteral("One"), QStringLiteral("Cancel")}),
                 1);
        QCOMPARE(Dialogs::getText(nullptr, QStringLiteral("Name"), QStringLiteral("Name:")),
                 QStringLiteral("Kingsmere"));
        QVERIFY(
            Dialogs::getText(nullptr, QStringLiteral("Name"), QStringLiteral("Name:")).isNull());
        Dialogs::warning(nullptr, QStringLiteral("Careful"), QStringLiteral("Something"));

        QCOMPARE(dialogs->pending(), 0);
        QCOMPARE(dialogs->seen().size(), 6);
        QCOMPARE(dialogs->seen().at(2).kind, QStringLiteral("choose"));
        QCOMPARE(dialogs->lastSeen().kind, QStringLiteral("warning"));
        QCOMPARE(dialogs->lastSeen().text, QStringLiteral("Something"));
    }

    void unexpectedDialogStopsTheTestLoudly()
    {
        // A dialog nobody queued an answer for must end the program with its title, not
        // block: run this binary again in a mode that shows one.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IGW_SHOW_UNEXPECTED_DIALOG"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY(child.exitStatus() == QProcess::CrashExit || child.exitCode() != 0);
        const QString err = QString::fromLocal8Bit(child.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("Unexpected warning dialog \"Surprise\"")),
                 qPrintable(err));
    }

    void validationLabelUsesWordsAndIcons()
    {
        ValidationLabel label;
        QVERIFY(label.isHidden());
        label.setMessages({{ValidationLabel::Severity::Error, QStringLiteral("Enter a name.")},
                           {ValidationLabel::Severity::Warning, QStringLiteral("Odd phone.")}});
        QVERIFY(!label.isHidden());
        QVERIFY(label.hasErrors());
        QCOMPARE(label.plainText(), QStringLiteral("Error: Enter a name.\nWarning: Odd phone."));
        QCOMPARE(label.accessibleDescription(), label.plainText());
        // Each line has an icon beside its text, so meaning never rests on colour.
        const auto labels = label.findChildren<QLabel *>();
        int withPixmap = 0;
        for (const QLabel *l : labels)
            withPixmap += l->pixmap().isNull() ? 0 : 1;
        QCOMPARE(withPixmap, 2);
        label.clear();
        QVERIFY(label.isHidden());
        QCOMPARE(label.plainText(), QString());
    }

    void bannerShowsOnlyWithText()
    {
        QWidget window;
        auto *banner = new Banner(Banner::Kind::ReadOnly, &window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(banner);
        window.show();
        QVERIFY(!banner->isVisible());
        banner->setMessage(QStringLiteral("Read-only because reasons."));
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->accessibleName(), QStringLiteral("Read-only"));
        QCOMPARE(banner->accessibleDescription(), QStringLiteral("Read-only because reasons."));
        banner->setMessage({});
        QVERIFY(!banner->isVisible());
    }

    void iconsAreInResources()
    {
        for (const char *name :
             {"igworkbench", "dashboard", "assets", "processing", "dpia", "sharing", "retention",
              "exchange", "organisation", "error", "warning", "information", "read-only"}) {
            const QIcon icon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
            QVERIFY2(!icon.pixmap(32, 32).isNull(), name);
        }
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("IGW_SHOW_UNEXPECTED_DIALOG")) {
        QueuedDialogs::install();
        Dialogs::warning(nullptr, QStringLiteral("Surprise"), QStringLiteral("Nobody queued this"));
        return 0;
    }
    TestWidgets test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_widgets.moc"
