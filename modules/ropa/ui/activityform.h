#pragma once

#include <QHash>
#include <QList>
#include <QString>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;
class QWidget;

namespace igw {

class ActivityHistory;
class AssetFormBinder;
class CategoryPicker;
class LinkPicker;
class OptionalDateEdit;

// The inputs of the activity form in tabs grouped like the ICO's ROPA template, each with
// a label (its buddy), an accessible name and an object name. The plain fields go through
// `binder`; the categories and link sets are the editor's to read. No behaviour here.
struct ActivityForm {
    QTabWidget *tabs = nullptr;
    AssetFormBinder *binder = nullptr;

    QComboBox *role = nullptr;
    QLineEdit *name = nullptr;
    QLineEdit *businessFunction = nullptr;
    QPlainTextEdit *purpose = nullptr;
    QLineEdit *jointController = nullptr;
    CategoryPicker *subjects = nullptr;
    CategoryPicker *data = nullptr;
    QLabel *recipientOrganisations = nullptr; // read-only: the linked organisations
    QLineEdit *recipientCategories = nullptr;
    QLineEdit *processorContract = nullptr;
    QComboBox *transfers = nullptr;
    QLineEdit *thirdCountries = nullptr;
    QComboBox *transferSafeguard = nullptr;
    QLineEdit *retention = nullptr;
    QPlainTextEdit *security = nullptr;
    OptionalDateEdit *lastReview = nullptr;
    QPlainTextEdit *notes = nullptr;

    QComboBox *lawfulBasis = nullptr;
    QComboBox *art9 = nullptr;
    QLabel *art9Hint = nullptr;
    QPlainTextEdit *legitimateInterests = nullptr;
    QLineEdit *liaLink = nullptr;
    QPlainTextEdit *rights = nullptr;
    QPlainTextEdit *automatedDecisions = nullptr;
    QLineEdit *source = nullptr;

    QLineEdit *consentLink = nullptr;
    QLineEdit *location = nullptr;
    QComboBox *dpiaRequired = nullptr;
    QComboBox *dpiaProgress = nullptr;
    QLineEdit *dpiaLink = nullptr;
    QComboBox *breach = nullptr;
    QLineEdit *breachLink = nullptr;

    QCheckBox *special = nullptr;
    QCheckBox *criminal = nullptr;
    QLabel *specialHint = nullptr;
    QComboBox *schedule1 = nullptr;
    QLineEdit *erasurePolicy = nullptr;
    QComboBox *retainedPerPolicy = nullptr;
    QPlainTextEdit *policyDeviation = nullptr;

    QLabel *processorNote = nullptr;
    LinkPicker *controllers = nullptr;
    QPlainTextEdit *controllerDetails = nullptr;
    QPlainTextEdit *processingCategories = nullptr;

    LinkPicker *assets = nullptr;
    LinkPicker *recipients = nullptr;
    QLabel *agreements = nullptr; // the sharing agreements that cover the activity, read-only

    ActivityHistory *history = nullptr;

    int processorTab = -1;
    int historyTab = -1;
    // The input that takes the focus for a field, link set or category (for the gaps).
    QHash<QString, QWidget *> focusFor;
    // Every input in reading order, for the tab chain.
    QList<QWidget *> tabOrder;

    // Builds the form into new widgets owned by `owner`.
    static ActivityForm build(QWidget *owner);
};

} // namespace igw
