// Loading the whole record of processing activities (what the ROPA page, `igw gaps`, the
// exports and the board report do) at a combined authority's scale, against a plain SQL
// read of the same rows and links in the same run.
//   bench_ropa [ACTIVITIES] [ASSETS]   (default 8000 activities over 30000 assets)
#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropa.h"
#include "workspace/bulkcreator.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cstdio>

using namespace igw;

namespace {

template <typename F> double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

bool fill(Workspace &ws, int activities, int assets)
{
    QString error;
    WriteTransaction tx(ws);
    BulkCreator assetCreator(ws, kinds::asset());
    if (!assetCreator.start(&error))
        return false;
    QRandomGenerator rng(7);
    const QStringList subjects{QStringLiteral("Residents"),     QStringLiteral("Tenants"),
                               QStringLiteral("Service users"), QStringLiteral("Carers"),
                               QStringLiteral("Employees"),     QStringLiteral("Children")};
    const QStringList data{QStringLiteral("Contact details"), QStringLiteral("Case notes"),
                           QStringLiteral("Financial details"),
                           QStringLiteral("Health (special category)")};
    for (int i = 0; i < assets; ++i) {
        if (!assetCreator.add(
                {{assetField::name, QStringLiteral("Asset %1").arg(i)},
                 {assetField::dataSubjectCategories,
                  joinTerms({subjects.at(i % 6), subjects.at((i + 1) % 6)})},
                 {assetField::personalDataCategories,
                  joinTerms({data.at(i % 4), data.at((i + 2) % 4)})},
                 {assetField::specialCategory, i % 4 == 3 ? 1 : 0},
                 {assetField::art9Condition, i % 4 == 3 ? QStringLiteral("h") : QString()}},
                {}, &error))
            return false;
    }
    if (!assetCreator.finish(&error))
        return false;
    for (int i = 0; i < activities; ++i) {
        QList<qint64> links;
        for (int k = 0; k < 5; ++k)
            links << 1 + qint64(rng.bounded(assets));
        if (!ws.records().create(kinds::activity(),
                                 {{activityField::name, QStringLiteral("Activity %1").arg(i)},
                                  {activityField::purpose, QStringLiteral("Purpose")},
                                  {activityField::assetIds, linkValue(links)},
                                  {activityField::lawfulBasis, QStringLiteral("public_task")}},
                                 &error))
            return false;
    }
    return tx.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int activities = argc > 1 ? std::atoi(argv[1]) : 8000;
    const int assets = argc > 2 ? std::atoi(argv[2]) : 30000;
    QTemporaryDir dir;
    OpenOptions options;
    options.userName = QStringLiteral("bench");
    auto created = Workspace::create(dir.filePath(QStringLiteral("ropa.igw")),
                                     QStringLiteral("Bench Council"), options);
    if (!created.ok())
        return 1;
    Workspace &ws = *created.workspace;
    std::printf("filling %d activities (5 asset links each) over %d assets: %.0f ms\n", activities,
                assets, ms([&] {
                    if (!fill(ws, activities, assets))
                        std::exit(1);
                }));
    QString error;
    int percent = 0;
    // Warm the page cache for both sides.
    loadRopa(ws, &error);
    const double model = ms([&] {
        const auto ropa = loadRopa(ws, &error);
        percent = ropa ? ropa->percentComplete() : -1;
    });
    const double raw = ms([&] {
        sql::rows(ws.database(), QStringLiteral("SELECT * FROM activities"));
        sql::rows(ws.database(), QStringLiteral("SELECT * FROM activity_assets"));
        sql::rows(
            ws.database(),
            QStringLiteral("SELECT id, ref, name, data_subject_categories,"
                           " personal_data_categories, special_category, art9_condition"
                           " FROM assets WHERE id IN (SELECT asset_id FROM activity_assets)"));
    });
    const double one = ms([&] { loadActivity(ws, activities / 2, &error); });
    std::printf("loadRopa (resolve, ask once, completeness): %8.1f ms  (%d%% complete)\n", model,
                percent);
    std::printf("plain SQL read of the same rows and links:  %8.1f ms\n", raw);
    std::printf("ratio: %.1fx\n", model / raw);
    std::printf("loadActivity (one, as the editor does):     %8.2f ms\n", one);
    return 0;
}
