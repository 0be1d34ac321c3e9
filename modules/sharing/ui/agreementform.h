#pragma once

#include <QList>
#include <QString>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QWidget;

namespace igw {

class AssetFormBinder;
class LinkPicker;
class OptionalDateEdit;

// The fields of an information sharing agreement, as tabs of one form: "Details" (title,
// purpose, benefits, dates), "Basis" (Art. 6, Art. 9 with the Schedule 1 condition,
// Art. 10, statutory gateway, data subjects), "Handling" (informing individuals, rights,
// FOI, complaints, quality, security, retention, breaches, onward sharing, review,
// variation, termination) and "Data shared" (the assets, flows and processing activities
// the agreement covers). Every plain field goes through one binder; the links are pickers.
struct AgreementForm {
    QTabWidget *tabs = nullptr;
    AssetFormBinder *binder = nullptr;
    QLineEdit *title = nullptr;
    QPlainTextEdit *purpose = nullptr;
    QPlainTextEdit *benefits = nullptr;
    QLabel *status = nullptr;
    QLabel *version = nullptr;
    OptionalDateEdit *startDate = nullptr;
    OptionalDateEdit *reviewDate = nullptr;
    OptionalDateEdit *endDate = nullptr;
    QPlainTextEdit *notes = nullptr;
    QComboBox *lawfulBasis = nullptr;
    QComboBox *art9 = nullptr;
    QComboBox *schedule1 = nullptr;
    QComboBox *art10 = nullptr;
    QPlainTextEdit *gateway = nullptr;
    QLineEdit *dataSubjects = nullptr;
    QList<QPlainTextEdit *> handling; // in the order of handlingFields()
    LinkPicker *assets = nullptr;
    LinkPicker *flows = nullptr;
    LinkPicker *activities = nullptr;
    QLabel *versionNote = nullptr; // on Basis and Data shared: what a change there starts
    int detailsTab = -1;
    int basisTab = -1;
    int handlingTab = -1;
    int dataTab = -1;
    QList<QWidget *> tabOrder;

    static AgreementForm build(QWidget *owner);
    // The handling fields, in the order of the agreement's sections.
    static const QStringList &handlingFields();
    // The tab holding a field (agreementField name), -1 when none does.
    int tabOf(const QString &field) const;
};

} // namespace igw
