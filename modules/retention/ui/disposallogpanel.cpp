#include "retention/ui/disposallogpanel.h"

#include "register/assets.h"
#include "reports/disposalcertificate.h"
#include "retention/disposal.h"
#include "retention/retentionclasses.h"
#include "retention/ui/lazyrefresh.h"
#include "retention/ui/retentionuitr.h"
#include "widgets/dialogs.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

DisposalLogPanel::DisposalLogPanel(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_save(new QPushButton(RetentionUiTr::tr("&Save Certificate…"), this))
{
    setObjectName(QStringLiteral("disposalLogPanel"));
    m_summary->setObjectName(QStringLiteral("disposalLogSummary"));
    m_list->setObjectName(QStringLiteral("disposalLogList"));
    m_save->setObjectName(QStringLiteral("disposalCertificateSave"));
    m_save->setToolTip(RetentionUiTr::tr("Save the certificate of the selected disposal as PDF "
                                         "(Enter in the list)"));
    m_list->setAccessibleName(RetentionUiTr::tr("Disposal log"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({RetentionUiTr::tr("Certificate"), RetentionUiTr::tr("Records"),
                             RetentionUiTr::tr("Class"), RetentionUiTr::tr("Done"),
                             RetentionUiTr::tr("Method"), RetentionUiTr::tr("Date"),
                             RetentionUiTr::tr("Confirmed by")});
    m_list->header()->setStretchLastSection(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &DisposalLogPanel::saveCertificate);
    connect(m_list, &QTreeWidget::itemActivated, this, &DisposalLogPanel::saveCertificate);
    connect(m_list, &QTreeWidget::currentItemChanged, this,
            [this] { m_save->setEnabled(!currentCertificate().isEmpty()); });
    auto *lazy = new LazyRefresh(this, [this] { refresh(); });
    connect(&m_workspace, &Workspace::recordChanged, this, [lazy](const QString &table) {
        if (table == kinds::asset().table)
            lazy->markStale();
    });
}

QString DisposalLogPanel::currentCertificate() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->text(0) : QString();
}

bool DisposalLogPanel::selectCertificate(const QString &certificate)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(0) == certificate) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    return false;
}

void DisposalLogPanel::refresh()
{
    const QString current = currentCertificate();
    m_list->clear();
    QString error;
    const QList<DisposalEntry> log = disposalLog(m_workspace, &error);
    const QLocale locale;
    for (const DisposalEntry &e : log) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, e.certificate);
        item->setText(1, RetentionUiTr::tr("%1 %2").arg(e.assetRef, e.assetName));
        item->setText(2, e.classRef);
        item->setText(3, choices::label(choices::disposalDone(), e.action));
        item->setText(4, e.method);
        item->setText(5, locale.toString(e.disposedOn, QLocale::ShortFormat));
        item->setText(6, e.confirmedBy);
        for (int c = 0; c < 7; ++c)
            item->setToolTip(c, item->text(c));
        if (e.certificate == current)
            m_list->setCurrentItem(item);
    }
    for (int c = 0; c < 6; ++c)
        m_list->resizeColumnToContents(c);
    m_summary->setText(
        !error.isEmpty() ? RetentionUiTr::tr("The disposal log could not be read: %1").arg(error)
        : log.isEmpty()  ? RetentionUiTr::tr("No disposals recorded yet. Confirm one from the "
                                              "planner when records are destroyed or "
                                              "transferred.")
                         : RetentionUiTr::tr("%1 disposal(s) recorded. The log cannot be "
                                              "changed: each entry stands as it was confirmed.")
                              .arg(log.size()));
    m_save->setEnabled(!currentCertificate().isEmpty());
}

bool DisposalLogPanel::saveCertificate()
{
    const QString certificate = currentCertificate();
    if (certificate.isEmpty())
        return false;
    QString path = Dialogs::getSaveFileName(
        this, RetentionUiTr::tr("Save Certificate %1").arg(certificate),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(certificate + QStringLiteral(".pdf")),
        RetentionUiTr::tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    QString error;
    if (!writeDisposalCertificate(m_workspace, certificate, path, &error)) {
        Dialogs::critical(this, RetentionUiTr::tr("Save Failed"), error);
        return false;
    }
    return true;
}

} // namespace igw
