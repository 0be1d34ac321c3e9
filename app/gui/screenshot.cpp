#include "gui/screenshot.h"

#include "dpia/ui/dpiaassessments.h"
#include "dpia/ui/dpiaeditor.h"
#include "dpia/ui/dpiamodel.h"
#include "dpia/ui/dpiaspage.h"
#include "gui/mainwindow.h"
#include "gui/workspacesession.h"
#include "register/ui/registerpage.h"
#include "ropa/ui/activitymodel.h"
#include "ropa/ui/ropapage.h"
#include "workspace/ui/organisationpage.h"
#include "workspace/ui/peoplepanel.h"

#include <QApplication>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

namespace igw {

bool saveScreenshot(MainWindow &window, const QString &pngPath, QString *error,
                    const QString &pageName)
{
    if (!window.organisationPage()) {
        *error = QStringLiteral("no workspace is open");
        return false;
    }
    window.resize(1280, 800);
    if (pageName == QLatin1String("assets")) {
        window.showPage(MainWindow::Assets);
        QTableView *view = window.registerPage()->view();
        if (view->model()->rowCount() > 1)
            view->selectRow(1);
    } else if (pageName == QLatin1String("ropa")) {
        window.showPage(MainWindow::Processing);
        // An activity using assets and missing something shows the ask-once categories and
        // the completeness panel at work.
        RopaPage *page = window.ropaPage();
        const Ropa &ropa = page->model()->ropa();
        for (const ActivityView &activity : ropa.activities) {
            if (!activity.isComplete() && !activity.assets.isEmpty()) {
                page->selectActivity(activity.record.id);
                break;
            }
        }
    } else if (pageName == QLatin1String("dpias")) {
        window.showPage(MainWindow::Dpias);
        // The DPIA with the most risks shows the register, its measures and the heat map.
        DpiasPage *page = window.dpiasPage();
        const DpiaModel *model = page->assessments()->model();
        int best = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (best < 0 || model->rowAt(row).riskCount > model->rowAt(best).riskCount)
                best = row;
        }
        if (best >= 0 && page->selectDpia(model->rowAt(best).record.id))
            page->editor()->showRisksTab();
    } else if (!pageName.isEmpty() && pageName != QLatin1String("organisation")) {
        *error =
            QStringLiteral("unknown page %1 (organisation, assets, ropa, dpias)").arg(pageName);
        return false;
    } else {
        window.showPage(MainWindow::Organisation);
        OrganisationPage *page = window.organisationPage();
        page->tabs()->setCurrentWidget(page->people());
        QTableView *view = page->people()->view();
        if (view->model()->rowCount() > 1)
            view->selectRow(1);
    }
    if (WorkspaceSession *session = window.session())
        session->waitForBackup();
    // Let the backup's completion and the layouts settle before grabbing.
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
    if (!window.grab().save(pngPath)) {
        *error = QStringLiteral("cannot write %1").arg(pngPath);
        return false;
    }
    return true;
}

} // namespace igw
