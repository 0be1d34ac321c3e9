#pragma once

#include <QList>

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

// The inputs of the DPIA's own fields ("Details") and its links ("Links"), each with a label
// (its buddy), an accessible name and an object name. The plain fields go through `binder`;
// the link sets are the editor's to read. No behaviour here.
struct DpiaForm {
    QTabWidget *tabs = nullptr;
    AssetFormBinder *binder = nullptr;

    QLineEdit *title = nullptr;
    QPlainTextEdit *summary = nullptr;
    QPlainTextEdit *notes = nullptr;
    QLabel *status = nullptr;  // read-only: the workflow moves it
    QLabel *version = nullptr; // read-only
    QComboBox *owner = nullptr;
    QComboBox *matrix = nullptr;
    QLabel *matrixHint = nullptr;
    OptionalDateEdit *reviewDate = nullptr;

    LinkPicker *activities = nullptr;
    LinkPicker *assets = nullptr;

    int detailsTab = -1;
    int linksTab = -1;
    // Every input of the two tabs in reading order, for the tab chain.
    QList<QWidget *> tabOrder;

    // Builds the two tabs into new widgets owned by `owner`.
    static DpiaForm build(QWidget *owner);
};

} // namespace igw
