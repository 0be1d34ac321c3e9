#include "register/ui/importsourcepage.h"

#include "register/ui/importsource.h"
#include "register/ui/registeruitr.h"
#include "widgets/validationlabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace igw {

ImportSourcePage::ImportSourcePage(QWidget *parent)
    : QWidget(parent)
    , m_file(new QLabel(this))
    , m_details(new QLabel(this))
    , m_headings(new QLabel(this))
    , m_sheetLabel(new QLabel(RegisterUiTr::tr("&Sheet:"), this))
    , m_sheet(new QComboBox(this))
    , m_messages(new ValidationLabel(this))
{
    auto *intro = new QLabel(
        RegisterUiTr::tr("The assets in the file are added to the register. Nothing is written "
                         "until every row has been checked, and then all rows are written or "
                         "none."),
        this);
    intro->setWordWrap(true);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setTextFormat(Qt::PlainText);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setObjectName(QStringLiteral("importFileDetails"));
    m_details->setWordWrap(true);
    m_headings->setObjectName(QStringLiteral("importHeadings"));
    m_headings->setWordWrap(true);
    m_headings->setTextFormat(Qt::PlainText);
    m_sheet->setObjectName(QStringLiteral("importSheet"));
    m_sheet->setAccessibleName(RegisterUiTr::tr("Sheet"));
    m_sheet->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sheetLabel->setBuddy(m_sheet);
    m_messages->setObjectName(QStringLiteral("importSourceMessages"));

    auto *form = new QFormLayout;
    form->addRow(RegisterUiTr::tr("File:"), m_file);
    form->addRow(RegisterUiTr::tr("Contents:"), m_details);
    auto *sheetRow = new QHBoxLayout; // the combo as wide as its names, not the window
    sheetRow->addWidget(m_sheet);
    sheetRow->addStretch(1);
    form->addRow(m_sheetLabel, sheetRow);
    form->addRow(RegisterUiTr::tr("Headings:"), m_headings);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_messages);
    layout->addStretch(1);

    connect(m_sheet, &QComboBox::activated, this,
            [this](int index) { emit sheetChosen(m_sheet->itemText(index)); });
}

void ImportSourcePage::setSource(const ImportSource &source)
{
    m_file->setText(QDir::toNativeSeparators(source.path));
    const bool xlsx = !source.sheets.isEmpty();
    m_sheet->clear();
    m_sheet->addItems(source.sheets);
    m_sheet->setCurrentIndex(int(source.sheets.indexOf(source.sheet)));
    m_sheetLabel->setVisible(xlsx);
    m_sheet->setVisible(xlsx);

    QList<ValidationLabel::Message> messages;
    using Severity = ValidationLabel::Severity;
    QStringList named;
    for (const QString &h : source.headings) {
        if (!h.isEmpty())
            named << h;
    }
    m_headings->setText(named.join(QStringLiteral("; ")));
    if (!source.ok()) {
        m_details->setText(RegisterUiTr::tr("Cannot be read."));
        messages.append({Severity::Error, source.error});
        if (xlsx)
            messages.append({Severity::Information,
                             RegisterUiTr::tr("Choose another sheet, or correct the file and "
                                              "open it again.")});
    } else {
        const QString kind = xlsx ? RegisterUiTr::tr("Excel workbook")
                                  : RegisterUiTr::tr("Text file with separated values");
        m_details->setText(RegisterUiTr::tr("%1; %2 columns with headings.")
                               .arg(kind, QLocale().toString(named.size())));
        for (const QString &w : source.warnings)
            messages.append({Severity::Warning, w});
        if (source.rows.isEmpty())
            messages.append(
                {Severity::Error, RegisterUiTr::tr("There are headings but no rows to import.")});
    }
    m_messages->setMessages(messages);
}

} // namespace igw
