#include "dpia/ui/dpiaspage.h"

#include "dpia/ui/actionplan.h"
#include "dpia/ui/dpiaassessments.h"
#include "dpia/ui/dpiauitr.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace igw {

DpiasPage::DpiasPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_assessments(new DpiaAssessments(editor, m_tabs))
    , m_actionPlan(new ActionPlan(editor, m_tabs))
{
    setObjectName(QStringLiteral("dpiasPage"));
    m_tabs->setObjectName(QStringLiteral("dpiaPageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_assessments, DpiaUiTr::tr("&Assessments"));
    m_tabs->addTab(m_actionPlan, DpiaUiTr::tr("Action &plan"));
    m_tabs->setTabToolTip(0, DpiaUiTr::tr("Each DPIA: its details, links, risks and history"));
    m_tabs->setTabToolTip(1, DpiaUiTr::tr("Every measure of every DPIA, with owners and due "
                                          "dates"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_actionPlan, &ActionPlan::measureActivated, this,
            [this](qint64 dpiaId, qint64 riskId, qint64 measureId) {
                openMeasure(dpiaId, riskId, measureId);
            });
}

DpiaEditor *DpiasPage::editor() const
{
    return m_assessments->editor();
}

bool DpiasPage::hasUnappliedChanges() const
{
    return m_assessments->hasUnappliedChanges();
}

bool DpiasPage::settle()
{
    if (!m_assessments->hasUnappliedChanges())
        return true;
    // The question is about what the Assessments tab holds: show it.
    m_tabs->setCurrentWidget(m_assessments);
    return m_assessments->settle();
}

bool DpiasPage::selectDpia(qint64 id)
{
    m_tabs->setCurrentWidget(m_assessments);
    return m_assessments->selectDpia(id);
}

bool DpiasPage::openMeasure(qint64 dpiaId, qint64 riskId, qint64 measureId)
{
    m_tabs->setCurrentWidget(m_assessments);
    return m_assessments->openMeasure(dpiaId, riskId, measureId);
}

} // namespace igw
