#include "workspace/ui/organisationpage.h"

#include "workspace/directory.h"
#include "workspace/ui/partnerspanel.h"
#include "workspace/ui/peoplepanel.h"
#include "workspace/ui/profileform.h"
#include "workspace/ui/workspaceuitr.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace igw {

OrganisationPage::OrganisationPage(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_profile(new ProfileForm(editor))
    , m_people(new PeoplePanel(editor))
    , m_partners(new PartnersPanel(editor))
{
    setObjectName(QStringLiteral("organisationPage"));
    m_tabs->setObjectName(QStringLiteral("organisationTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_profile, WorkspaceUiTr::tr("Our organisation"));
    m_tabs->addTab(m_people, WorkspaceUiTr::tr("People"));
    m_tabs->addTab(m_partners, WorkspaceUiTr::tr("Partner organisations"));
    m_tabs->setAccessibleName(WorkspaceUiTr::tr("Organisation and people"));

    auto *heading = new QLabel(WorkspaceUiTr::tr("Organisation & People"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    heading->setAccessibleName(heading->text());
    auto *intro = new QLabel(
        WorkspaceUiTr::tr("Who you are, who works on information governance, and who you share "
                          "with. Other registers choose owners, contacts and partners from here."),
        this);
    intro->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(m_tabs, 1);

    connect(m_partners, &PartnersPanel::newContactRequested, this, [this](qint64 organisationId) {
        m_tabs->setCurrentWidget(m_people);
        m_people->startNew({{personField::organisationId, organisationId}});
    });
}

bool OrganisationPage::hasUnappliedChanges() const
{
    return m_profile->hasUnappliedChanges() || m_people->hasUnappliedChanges() ||
           m_partners->hasUnappliedChanges();
}

bool OrganisationPage::settle()
{
    return m_profile->settle() && m_people->settle() && m_partners->settle();
}

} // namespace igw
