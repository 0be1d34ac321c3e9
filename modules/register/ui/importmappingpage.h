#pragma once

#include <QHash>
#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace igw {

class ImportPreviewModel;
class ValidationLabel;
struct ImportSource;

// Step 2 of the import: which column of the file feeds each asset field. Pre-filled by
// matching the headings; mappings can be saved and loaded for next year's register; the
// first rows show what would be read.
class ImportMappingPage : public QWidget {
    Q_OBJECT
public:
    explicit ImportMappingPage(QWidget *parent = nullptr);

    // New headings: the choices are rebuilt and matched afresh.
    void setSource(const ImportSource &source);
    // field -> source heading, for the mapped fields only.
    QHash<QString, QString> mapping() const;
    // Fields missing from `mapping` become "(not imported)". Returns the headings that the
    // file does not have, as "field (heading)".
    QStringList setMapping(const QHash<QString, QString> &mapping);
    void matchAutomatically();
    // The assets' names are mapped: the only thing the import cannot do without.
    bool isComplete() const;
    QComboBox *comboFor(const QString &field) const;

signals:
    void mappingChanged();

private:
    QWidget *buildGrid();
    void loadMapping();
    void saveMapping();
    void onChanged();

    QList<QPair<QString, QComboBox *>> m_combos; // field, its column choice
    QStringList m_headings;
    QString m_loadNote; // what the last loaded mapping could not use
    ImportPreviewModel *m_preview;
    QTableView *m_previewView;
    ValidationLabel *m_messages;
    QPushButton *m_auto;
    QPushButton *m_load;
    QPushButton *m_save;
    bool m_filling = false;
};

} // namespace igw
