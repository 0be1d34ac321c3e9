#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace igw {

class ImportProblemsModel;
class ValidationLabel;
struct ImportReport;

// Step 3 of the import: what a check of every row found. Errors stop the import; the
// people the file names who are not in the directory can be added by the import.
class ImportCheckPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportCheckPage(QWidget *parent = nullptr);

    void clear();
    // The result of a dry run.
    void showCheck(const ImportReport &report);
    // An import that wrote nothing: cancelled, refused by a problem or failed.
    void showFailedImport(const ImportReport &report);

    bool createPeople() const;
    ImportProblemsModel *problems() const { return m_problems; }

signals:
    void createPeopleToggled(bool on);
    void recheckRequested();

private:
    void showReport(const ImportReport &report);

    QLabel *m_summary;
    ValidationLabel *m_status;
    QLabel *m_problemsLabel;
    QCheckBox *m_showWarnings;
    QTableView *m_problemsView;
    ImportProblemsModel *m_problems;
    QLabel *m_more;
    QWidget *m_peopleBox;
    QLabel *m_people;
    QCheckBox *m_createPeople;
    QPushButton *m_recheck;
};

} // namespace igw
