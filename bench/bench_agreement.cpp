// Writing an information sharing agreement as the archival PDF (what `igw export agreement`
// and the agreements page do): a 20-page agreement, against a raw baseline in the same run —
// QPdfWriter painting the same plain text line by line with no layout, no fonts to embed
// beyond one, no contents, tables or metadata. Target: under 0.5 s for 20 pages.
//   bench_agreement [RUNS]   (default 5; the median is reported)
#include "register/assets.h"
#include "reports/agreementreport.h"
#include "reports/agreementreportdata.h"
#include "reports/reportstyle.h"
#include "sharing/agreements.h"
#include "sharing/lifecycle.h"
#include "workspace/directory.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace igw;

namespace {

namespace af = agreementField;

template <typename F> double ms(F &&f)
{
    QElapsedTimer t;
    t.start();
    f();
    return t.nsecsElapsed() / 1e6;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

// An agreement between the council and a partner over three flows, with several paragraphs
// of the parties' own provisions in every section: about 20 pages.
qint64 fill(Workspace &ws, QString *error)
{
    RecordStore &store = ws.records();
    if (!store.update(kinds::organisation(), ws.selfOrganisationId(),
                      {{orgField::icoRegistration, QStringLiteral("Z1000001")}}, error))
        return 0;
    const auto partner = store.create(kinds::organisation(),
                                      {{orgField::name, QStringLiteral("Bench NHS Trust")},
                                       {orgField::icoRegistration, QStringLiteral("Z2000002")}},
                                      error);
    const auto asset =
        store.create(kinds::asset(),
                     {{assetField::name, QStringLiteral("Adult social care records")},
                      {assetField::dataSubjectCategories, QStringLiteral("Service users; Carers")},
                      {assetField::personalDataCategories,
                       QStringLiteral("Names and contact details; Health (special category)")},
                      {assetField::specialCategory, 1}},
                     error);
    if (!partner || !asset)
        return 0;
    QList<qint64> flows;
    for (int i = 0; i < 3; ++i) {
        const auto f = store.create(kinds::flow(),
                                    {{flowField::title, QStringLiteral("Flow %1").arg(i + 1)},
                                     {flowField::fromOrgId, partner->id},
                                     {flowField::toAssetId, asset->id},
                                     {flowField::dataItems, QStringLiteral("Name, NHS number, "
                                                                           "needs")},
                                     {flowField::transferMethod, QStringLiteral("api")},
                                     {flowField::frequency, QStringLiteral("daily")}},
                                    error);
        if (!f)
            return 0;
        flows << f->id;
    }
    QString paragraph;
    for (int i = 0; i < 8; ++i)
        paragraph += QStringLiteral("The parties agree detailed operating procedures for this part "
                                    "of the sharing, including who does what, by when and how it "
                                    "is recorded, checked and reported. ");
    QJsonObject additions;
    for (const char *section :
         {"purpose", "basis", "data", "informing", "rights", "quality", "security", "retention",
          "breach", "onward", "responsibilities", "review"}) {
        QString html;
        for (int i = 0; i < 4; ++i)
            html += QStringLiteral("<p>%1</p>").arg(paragraph);
        additions.insert(QLatin1String(section), html);
    }
    const auto a = sharing::createAgreement(
        ws,
        {{af::title, QStringLiteral("Hospital discharge")},
         {af::purpose, QStringLiteral("Planning safe discharge from hospital")},
         {af::lawfulBasis, QStringLiteral("public_task")},
         {af::art9Condition, QStringLiteral("h")},
         {af::schedule1Condition, QStringLiteral("para2")},
         {af::flowIds, linkValue(flows)},
         {af::assetIds, QString::number(asset->id)},
         {af::sectionAdditions,
          QString::fromUtf8(QJsonDocument(additions).toJson(QJsonDocument::Compact))}},
        error);
    if (!a || !sharing::addParty(ws, {{partyField::agreementId, a->id}}, error) ||
        !sharing::addParty(ws, {{partyField::agreementId, a->id}, {partyField::orgId, partner->id}},
                           error))
        return 0;
    return a->id;
}

// The agreement's words as plain lines of at most 95 characters.
QStringList plainLines(const AgreementReportData &data)
{
    QStringList paragraphs;
    for (const DraftSection &s : data.sections) {
        paragraphs << s.number + QStringLiteral(". ") + s.title;
        for (const DraftClause &c : s.clauses)
            paragraphs << c.number + u' ' + c.text;
        QString addition = s.addition;
        addition.replace(QStringLiteral("</p>"), QStringLiteral("\n"));
        addition.remove(QStringLiteral("<p>"));
        paragraphs << addition.split(u'\n', Qt::SkipEmptyParts);
    }
    QStringList lines;
    for (const QString &p : paragraphs) {
        QString rest = p;
        while (rest.size() > 95) {
            const qsizetype cut = qMax<qsizetype>(rest.lastIndexOf(u' ', 95), 40);
            lines << rest.left(cut);
            rest = rest.mid(cut + 1);
        }
        lines << rest << QString();
    }
    return lines;
}

int rawPdf(const QStringList &lines, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.setFont(reports::style::font(reports::style::BodySize));
    const int lineHeight = painter.fontMetrics().height() * 115 / 100;
    const int perPage = (writer.height() - 2 * 280) / lineHeight;
    int pages = 1;
    for (int i = 0; i < lines.size(); ++i) {
        if (i > 0 && i % perPage == 0) {
            writer.newPage();
            ++pages;
        }
        painter.drawText(212, 280 + (i % perPage + 1) * lineHeight, lines.at(i));
    }
    return pages;
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished())
        return -1;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n'))
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = qMax(1, argc > 1 ? std::atoi(argv[1]) : 5);
    QTemporaryDir dir;
    OpenOptions options;
    options.userName = QStringLiteral("bench");
    auto created = Workspace::create(dir.filePath(QStringLiteral("isa.igw")),
                                     QStringLiteral("Bench Borough Council"), options);
    if (!created.ok())
        return 1;
    Workspace &ws = *created.workspace;
    QString error;
    const qint64 id = fill(ws, &error);
    if (id == 0) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const QString pdf = dir.filePath(QStringLiteral("isa.pdf"));
    const QString raw = dir.filePath(QStringLiteral("raw.pdf"));
    const auto data = loadAgreementReportData(ws, id, &error);
    if (!data)
        return 1;
    const QStringList lines = plainLines(*data);
    // Warm fonts and caches for both sides.
    writeAgreementReport(ws, id, pdf, QStringLiteral("pdf"), &error);
    rawPdf(lines, raw);
    QList<double> report, baseline;
    int rawPages = 0;
    for (int i = 0; i < runs; ++i) {
        report << ms([&] {
            if (!writeAgreementReport(ws, id, pdf, QStringLiteral("pdf"), &error)) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                std::exit(1);
            }
        });
        baseline << ms([&] { rawPages = rawPdf(lines, raw); });
    }
    const int pages = pdfPages(pdf);
    std::printf("agreement PDF/A-1b (load, clauses, layout, contents, paint, metadata): "
                "%7.1f ms  (%d pages, median of %d)\n",
                median(report), pages, runs);
    std::printf("raw QPdfWriter, same text, no layout:                                 "
                "%7.1f ms  (%d pages)\n",
                median(baseline), rawPages);
    std::printf("ratio: %.1fx; per page: %.1f ms; target for 20 pages: 500 ms\n",
                median(report) / median(baseline), median(report) / qMax(1, pages));
    return 0;
}
