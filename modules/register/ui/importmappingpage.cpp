#include "register/ui/importmappingpage.h"

#include "register/assetcolumns.h"
#include "register/assetimport.h"
#include "register/assets.h"
#include "register/ui/importpreviewmodel.h"
#include "register/ui/importsource.h"
#include "register/ui/registeruitr.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"

#include <QComboBox>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace igw {

namespace {

QString columnLetters(int index)
{
    QString letters;
    for (int n = index + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

QString mappingFilter()
{
    return RegisterUiTr::tr("Column mappings (*.json)");
}

} // namespace

ImportMappingPage::ImportMappingPage(QWidget *parent)
    : QWidget(parent)
    , m_preview(new ImportPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_messages(new ValidationLabel(this))
    , m_auto(new QPushButton(RegisterUiTr::tr("&Match Automatically"), this))
    , m_load(new QPushButton(RegisterUiTr::tr("&Load Mapping…"), this))
    , m_save(new QPushButton(RegisterUiTr::tr("&Save Mapping…"), this))
{
    auto *intro = new QLabel(
        RegisterUiTr::tr("Choose the column of your spreadsheet that holds each field. Fields "
                         "left as \"(not imported)\" stay empty; the Name is required."),
        this);
    intro->setWordWrap(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(buildGrid());
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes straight to the first column choice

    m_auto->setObjectName(QStringLiteral("importAutoMatch"));
    m_load->setObjectName(QStringLiteral("importLoadMapping"));
    m_save->setObjectName(QStringLiteral("importSaveMapping"));
    m_messages->setObjectName(QStringLiteral("importMappingMessages"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_auto);
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);

    auto *previewLabel = new QLabel(RegisterUiTr::tr("&Preview of the first rows, as they "
                                                     "would be imported:"),
                                    this);
    previewLabel->setBuddy(m_previewView);
    m_previewView->setObjectName(QStringLiteral("importPreview"));
    m_previewView->setModel(m_preview);
    m_previewView->setAccessibleName(RegisterUiTr::tr("Preview"));
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->setSelectionMode(QAbstractItemView::NoSelection);
    m_previewView->setWordWrap(false);
    m_previewView->verticalHeader()->hide();
    m_previewView->horizontalHeader()->setMaximumSectionSize(300);
    m_previewView->setTabKeyNavigation(false); // Tab leaves the table, as in a form
    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_previewView);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(scroll, 1);
    topLayout->addWidget(m_messages);
    topLayout->addLayout(buttons);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);

    setTabOrder(m_combos.constLast().second, m_auto);
    setTabOrder(m_auto, m_load);
    setTabOrder(m_load, m_save);
    setTabOrder(m_save, m_previewView);

    connect(m_auto, &QPushButton::clicked, this, &ImportMappingPage::matchAutomatically);
    connect(m_load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);
}

QWidget *ImportMappingPage::buildGrid()
{
    auto *grid = new QWidget(this);
    grid->setObjectName(QStringLiteral("importMapping"));
    grid->setAccessibleName(RegisterUiTr::tr("Columns to import"));
    auto *layout = new QGridLayout(grid);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);
    layout->setColumnMinimumWidth(2, 180);
    layout->setHorizontalSpacing(12);
    // Two columns filled top to bottom, so Tab goes down the first, then the second.
    const QList<AssetColumn> &columns = assetColumns();
    const int perColumn = int(columns.size() + 1) / 2;
    for (int i = 0; i < columns.size(); ++i) {
        const AssetColumn &c = columns.at(i);
        const bool required = c.field == assetField::name;
        auto *label = new QLabel(required ? RegisterUiTr::tr("N&ame (required)") : c.heading, grid);
        auto *combo = new QComboBox(grid);
        combo->setObjectName(QStringLiteral("importMap_") + c.field);
        combo->setAccessibleName(RegisterUiTr::tr("Column for %1").arg(c.heading));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(14);
        label->setBuddy(combo);
        layout->addWidget(label, i % perColumn, (i / perColumn) * 2);
        layout->addWidget(combo, i % perColumn, (i / perColumn) * 2 + 1);
        m_combos.append({c.field, combo});
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportMappingPage::onChanged);
    }
    return grid;
}

void ImportMappingPage::setSource(const ImportSource &source)
{
    m_filling = true;
    m_headings = source.headings;
    m_loadNote.clear();
    for (const auto &[field, combo] : std::as_const(m_combos)) {
        combo->clear();
        combo->addItem(RegisterUiTr::tr("(not imported)"));
        QStringList seen;
        for (int i = 0; i < m_headings.size(); ++i) {
            const QString &heading = m_headings.at(i);
            // The importer finds columns by heading: blank or repeated ones cannot be read.
            if (heading.isEmpty() || seen.contains(heading))
                continue;
            seen << heading;
            combo->addItem(RegisterUiTr::tr("%1 (column %2)").arg(heading, columnLetters(i)),
                           heading);
        }
    }
    m_preview->setRows(source.headings, source.rows);
    m_filling = false;
    matchAutomatically();
}

void ImportMappingPage::matchAutomatically()
{
    QHash<QString, QString> mapping;
    const QHash<QString, int> matched = autoMatchHeadings(m_headings);
    for (auto it = matched.cbegin(); it != matched.cend(); ++it)
        mapping.insert(it.key(), m_headings.value(it.value()));
    m_loadNote.clear();
    setMapping(mapping);
}

QStringList ImportMappingPage::setMapping(const QHash<QString, QString> &mapping)
{
    QStringList missing;
    m_filling = true;
    for (const auto &[field, combo] : std::as_const(m_combos)) {
        const QString heading = mapping.value(field);
        int index = heading.isEmpty() ? 0 : combo->findData(heading);
        if (index < 0) {
            missing << RegisterUiTr::tr("%1 (\"%2\")").arg(assetColumn(field)->heading, heading);
            index = 0;
        }
        combo->setCurrentIndex(index);
    }
    m_filling = false;
    onChanged();
    return missing;
}

QHash<QString, QString> ImportMappingPage::mapping() const
{
    QHash<QString, QString> out;
    for (const auto &[field, combo] : m_combos) {
        const QString heading = combo->currentData().toString();
        if (!heading.isEmpty())
            out.insert(field, heading);
    }
    return out;
}

bool ImportMappingPage::isComplete() const
{
    return mapping().contains(assetField::name);
}

QComboBox *ImportMappingPage::comboFor(const QString &field) const
{
    for (const auto &[f, combo] : m_combos) {
        if (f == field)
            return combo;
    }
    return nullptr;
}

void ImportMappingPage::onChanged()
{
    if (m_filling)
        return;
    const QHash<QString, QString> current = mapping();
    QList<ValidationLabel::Message> messages;
    using Severity = ValidationLabel::Severity;
    if (!current.contains(assetField::name))
        messages.append(
            {Severity::Error, RegisterUiTr::tr("Choose the column that holds the assets' names: "
                                               "Name is required.")});
    // One column feeding two fields is allowed but is usually a slip.
    QHash<QString, QStringList> fieldsByHeading;
    for (const AssetColumn &c : assetColumns()) {
        if (current.contains(c.field))
            fieldsByHeading[current.value(c.field)] << c.heading;
    }
    for (const AssetColumn &c : assetColumns()) {
        const QStringList fields = fieldsByHeading.value(current.value(c.field));
        if (fields.size() > 1 && fields.constFirst() == c.heading)
            messages.append({Severity::Warning,
                             RegisterUiTr::tr("The column \"%1\" is read for %2.")
                                 .arg(current.value(c.field), fields.join(QStringLiteral(", ")))});
    }
    if (!m_loadNote.isEmpty())
        messages.append({Severity::Warning, m_loadNote});
    QStringList unused;
    for (const QString &heading : std::as_const(m_headings)) {
        if (!heading.isEmpty() && !fieldsByHeading.contains(heading) && !unused.contains(heading))
            unused << QStringLiteral("\"%1\"").arg(heading);
    }
    if (!unused.isEmpty())
        messages.append(
            {Severity::Information,
             RegisterUiTr::tr("Not imported: %1.").arg(unused.join(QStringLiteral(", ")))});
    m_messages->setMessages(messages);
    m_preview->setMapping(current);
    m_previewView->resizeColumnsToContents();
    emit mappingChanged();
}

void ImportMappingPage::loadMapping()
{
    const QString path = Dialogs::getOpenFileName(this, RegisterUiTr::tr("Load Column Mapping"), {},
                                                  mappingFilter());
    if (path.isEmpty())
        return;
    QHash<QString, QString> loaded;
    QString error;
    if (!igw::loadMapping(path, &loaded, &error)) {
        Dialogs::warning(this, RegisterUiTr::tr("Load Column Mapping"), error);
        return;
    }
    m_loadNote.clear();
    const QStringList missing = setMapping(loaded);
    if (!missing.isEmpty()) {
        m_loadNote = RegisterUiTr::tr("The mapping %1 reads columns this file does not have, "
                                      "so these fields are not imported: %2.")
                         .arg(QFileInfo(path).fileName(), missing.join(QStringLiteral(", ")));
        onChanged();
    }
}

void ImportMappingPage::saveMapping()
{
    QString path = Dialogs::getSaveFileName(this, RegisterUiTr::tr("Save Column Mapping"), {},
                                            mappingFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    QString error;
    if (!igw::saveMapping(path, mapping(), &error))
        Dialogs::critical(this, RegisterUiTr::tr("Save Column Mapping"), error);
}

} // namespace igw
