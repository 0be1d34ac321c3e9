#pragma once

#include <QWidget>

class QComboBox;
class QLabel;

namespace igw {

class ValidationLabel;
struct ImportSource;

// Step 1 of the import: the file, the sheet to read (XLSX) and what the reader noticed.
class ImportSourcePage : public QWidget {
    Q_OBJECT
public:
    explicit ImportSourcePage(QWidget *parent = nullptr);

    void setSource(const ImportSource &source);
    QComboBox *sheetCombo() const { return m_sheet; }

signals:
    void sheetChosen(const QString &sheet);

private:
    QLabel *m_file;
    QLabel *m_details;
    QLabel *m_headings;
    QLabel *m_sheetLabel;
    QComboBox *m_sheet;
    ValidationLabel *m_messages;
};

} // namespace igw
