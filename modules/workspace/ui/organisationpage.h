#pragma once

#include <QWidget>

class QTabWidget;

namespace igw {

class PartnersPanel;
class PeoplePanel;
class ProfileForm;
class RecordEditor;

// The "Organisation & People" page: our profile, the people directory and partner
// organisations, as three tabs.
class OrganisationPage : public QWidget {
    Q_OBJECT
public:
    explicit OrganisationPage(RecordEditor &editor, QWidget *parent = nullptr);

    ProfileForm *profile() const { return m_profile; }
    PeoplePanel *people() const { return m_people; }
    PartnersPanel *partners() const { return m_partners; }
    QTabWidget *tabs() const { return m_tabs; }

    bool hasUnappliedChanges() const;
    // Asks about unapplied edits in each part; false when the user chose to stay.
    bool settle();

private:
    QTabWidget *m_tabs;
    ProfileForm *m_profile;
    PeoplePanel *m_people;
    PartnersPanel *m_partners;
};

} // namespace igw
