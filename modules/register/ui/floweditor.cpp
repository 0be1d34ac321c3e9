#include "register/ui/floweditor.h"

#include "register/assets.h"
#include "register/ui/flowdata.h"
#include "register/ui/flowendpicker.h"
#include "register/ui/registeruitr.h"
#include "register/validation.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/directory.h"
#include "workspace/ui/fieldbinder.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace igw {

namespace {

QLabel *buddyLabel(const QString &text, QWidget *buddy)
{
    auto *label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

void fillChoices(QComboBox *combo, const Choices &list)
{
    combo->addItem(RegisterUiTr::tr("(not set)"));
    for (const auto &choice : list)
        combo->addItem(choice.second, choice.first);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(14);
}

QVariant idOrNull(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant();
}

} // namespace

FlowEditor::FlowEditor(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_binder(new FieldBinder(this))
    , m_heading(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_title(new QLineEdit(this))
    , m_from(new FlowEndPicker(editor.workspace(), QStringLiteral("flowFrom"),
                               RegisterUiTr::tr("From"), this))
    , m_to(new FlowEndPicker(editor.workspace(), QStringLiteral("flowTo"), RegisterUiTr::tr("To"),
                             this))
    , m_dataItems(new QPlainTextEdit(this))
    , m_purpose(new QPlainTextEdit(this))
    , m_method(new QComboBox(this))
    , m_frequency(new QComboBox(this))
    , m_volume(new QLineEdit(this))
    , m_encrypted(new QCheckBox(RegisterUiTr::tr("Encr&ypted in transit"), this))
    , m_lawfulBasis(new QComboBox(this))
    , m_agreement(new QLineEdit(this))
    , m_risk(new QComboBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_issues(new ValidationLabel(this))
    , m_apply(new QPushButton(RegisterUiTr::tr("A&pply"), this))
    , m_revert(new QPushButton(RegisterUiTr::tr("&Revert"), this))
    , m_refreshChoices(new QTimer(this))
{
    setObjectName(QStringLiteral("flowEditor"));
    setAccessibleName(RegisterUiTr::tr("Flow details"));
    m_heading->setObjectName(QStringLiteral("flowHeading"));
    m_title->setObjectName(QStringLiteral("flowTitle"));
    m_dataItems->setObjectName(QStringLiteral("flowDataItems"));
    m_purpose->setObjectName(QStringLiteral("flowPurpose"));
    m_method->setObjectName(QStringLiteral("flowTransferMethod"));
    m_frequency->setObjectName(QStringLiteral("flowFrequency"));
    m_volume->setObjectName(QStringLiteral("flowVolume"));
    m_encrypted->setObjectName(QStringLiteral("flowEncrypted"));
    m_lawfulBasis->setObjectName(QStringLiteral("flowLawfulBasis"));
    m_agreement->setObjectName(QStringLiteral("flowAgreementRef"));
    m_risk->setObjectName(QStringLiteral("flowRiskRating"));
    m_notes->setObjectName(QStringLiteral("flowNotes"));
    m_issues->setObjectName(QStringLiteral("flowIssues"));
    m_apply->setObjectName(QStringLiteral("flowApply"));
    m_revert->setObjectName(QStringLiteral("flowRevert"));
    m_apply->setToolTip(RegisterUiTr::tr("Save the changes in the form (Enter)"));
    m_revert->setToolTip(RegisterUiTr::tr("Discard the changes in the form"));

    m_title->setPlaceholderText(RegisterUiTr::tr("e.g. Safeguarding referrals to the police"));
    m_dataItems->setPlaceholderText(
        RegisterUiTr::tr("What is shared, e.g. names, dates of birth, case notes"));
    m_purpose->setPlaceholderText(RegisterUiTr::tr("Why it is shared"));
    m_volume->setPlaceholderText(RegisterUiTr::tr("e.g. about 40 records a month"));
    m_agreement->setPlaceholderText(
        RegisterUiTr::tr("e.g. the data sharing agreement's reference"));
    m_encrypted->setToolTip(RegisterUiTr::tr(
        "Tick when the data is encrypted while it travels (e.g. SFTP, TLS-enforced email)"));
    const int line = m_notes->fontMetrics().lineSpacing();
    m_dataItems->setMaximumHeight(line * 4);
    m_purpose->setMaximumHeight(line * 4);
    m_notes->setMaximumHeight(line * 5);
    fillChoices(m_method, choices::transferMethod());
    fillChoices(m_frequency, choices::frequency());
    fillChoices(m_lawfulBasis, choices::lawfulBasis());
    fillChoices(m_risk, choices::riskRating());

    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_meta->setWordWrap(true);
    m_meta->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(buddyLabel(RegisterUiTr::tr("&Title:"), m_title), m_title);
    form->addRow(buddyLabel(RegisterUiTr::tr("&From:"), m_from->choice()), m_from);
    form->addRow(buddyLabel(RegisterUiTr::tr("T&o:"), m_to->choice()), m_to);
    form->addRow(buddyLabel(RegisterUiTr::tr("&Data items:"), m_dataItems), m_dataItems);
    form->addRow(buddyLabel(RegisterUiTr::tr("P&urpose:"), m_purpose), m_purpose);
    form->addRow(buddyLabel(RegisterUiTr::tr("Transfer &method:"), m_method), m_method);
    form->addRow(QString(), m_encrypted);
    form->addRow(buddyLabel(RegisterUiTr::tr("Fre&quency:"), m_frequency), m_frequency);
    form->addRow(buddyLabel(RegisterUiTr::tr("&Volume:"), m_volume), m_volume);
    form->addRow(buddyLabel(RegisterUiTr::tr("&Lawful basis:"), m_lawfulBasis), m_lawfulBasis);
    form->addRow(buddyLabel(RegisterUiTr::tr("A&greement:"), m_agreement), m_agreement);
    form->addRow(buddyLabel(RegisterUiTr::tr("Ris&k rating:"), m_risk), m_risk);
    form->addRow(buddyLabel(RegisterUiTr::tr("&Notes:"), m_notes), m_notes);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_meta);
    layout->addSpacing(6);
    layout->addLayout(form);
    layout->addWidget(m_issues);
    layout->addLayout(buttons);
    layout->addStretch(1);

    m_binder->bind(flowField::title, m_title);
    m_binder->bind(flowField::dataItems, m_dataItems);
    m_binder->bind(flowField::purpose, m_purpose);
    m_binder->bind(flowField::transferMethod, m_method);
    m_binder->bind(flowField::frequency, m_frequency);
    m_binder->bind(flowField::volume, m_volume);
    m_binder->bind(flowField::lawfulBasis, m_lawfulBasis);
    m_binder->bind(flowField::agreementRef, m_agreement);
    m_binder->bind(flowField::riskRating, m_risk);
    m_binder->bind(flowField::notes, m_notes);

    // Reading order, top to bottom; the pickers order their own radio buttons and combo.
    const QList<QWidget *> order{m_title,
                                 m_from->assetButton(),
                                 m_from->partnerButton(),
                                 m_from->choice(),
                                 m_to->assetButton(),
                                 m_to->partnerButton(),
                                 m_to->choice(),
                                 m_dataItems,
                                 m_purpose,
                                 m_method,
                                 m_encrypted,
                                 m_frequency,
                                 m_volume,
                                 m_lawfulBasis,
                                 m_agreement,
                                 m_risk,
                                 m_notes,
                                 m_apply,
                                 m_revert};
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    for (const auto &[widget, name] :
         {std::pair<QWidget *, QString>{m_title, RegisterUiTr::tr("Title")},
          {m_dataItems, RegisterUiTr::tr("Data items")},
          {m_purpose, RegisterUiTr::tr("Purpose")},
          {m_method, RegisterUiTr::tr("Transfer method")},
          {m_frequency, RegisterUiTr::tr("Frequency")},
          {m_volume, RegisterUiTr::tr("Volume")},
          {m_lawfulBasis, RegisterUiTr::tr("Lawful basis")},
          {m_agreement, RegisterUiTr::tr("Agreement reference")},
          {m_risk, RegisterUiTr::tr("Risk rating")},
          {m_notes, RegisterUiTr::tr("Notes")}})
        widget->setAccessibleName(name);
    for (QLineEdit *edit : {m_title, m_volume, m_agreement})
        connect(edit, &QLineEdit::returnPressed, this, &FlowEditor::apply);

    connect(m_binder, &FieldBinder::edited, this, &FlowEditor::onEdited);
    connect(m_from, &FlowEndPicker::edited, this, &FlowEditor::onEdited);
    connect(m_to, &FlowEndPicker::edited, this, &FlowEditor::onEdited);
    connect(m_encrypted, &QCheckBox::toggled, this, &FlowEditor::onEdited);
    connect(m_apply, &QPushButton::clicked, this, &FlowEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &FlowEditor::revert);

    // New or renamed assets and partners appear in the pickers without a restart.
    m_refreshChoices->setSingleShot(true);
    m_refreshChoices->setInterval(0);
    connect(m_refreshChoices, &QTimer::timeout, this, [this] {
        const bool wasLoading = m_loading;
        m_loading = true;
        m_from->refresh();
        m_to->refresh();
        m_loading = wasLoading;
    });
    connect(&editor.workspace(), &Workspace::recordChanged, this, [this](const QString &table) {
        if (table == kinds::asset().table || table == kinds::organisation().table)
            m_refreshChoices->start();
    });
    load(std::nullopt, {});
}

QWidget *FlowEditor::firstInput() const
{
    return m_title;
}

QWidget *FlowEditor::lastInput() const
{
    return m_revert;
}

QVariantMap FlowEditor::values() const
{
    QVariantMap v = m_binder->values();
    const FlowEnd from = m_from->end();
    const FlowEnd to = m_to->end();
    v.insert(flowField::fromAssetId, idOrNull(from.assetId));
    v.insert(flowField::fromOrgId, idOrNull(from.orgId));
    v.insert(flowField::toAssetId, idOrNull(to.assetId));
    v.insert(flowField::toOrgId, idOrNull(to.orgId));
    v.insert(flowField::encryptedInTransit, m_encrypted->isChecked() ? 1 : 0);
    return v;
}

QVariantMap FlowEditor::changes() const
{
    QVariantMap out;
    const QVariantMap now = values();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (!sameFieldValue(it.value(), m_baseline.value(it.key())))
            out.insert(it.key(), it.value());
    }
    return out;
}

void FlowEditor::load(const std::optional<Record> &record, const QVariantMap &values)
{
    m_loading = true;
    m_binder->load(values);
    m_from->setEnd({values.value(flowField::fromAssetId).toLongLong(),
                    values.value(flowField::fromOrgId).toLongLong()});
    m_to->setEnd({values.value(flowField::toAssetId).toLongLong(),
                  values.value(flowField::toOrgId).toLongLong()});
    m_encrypted->setChecked(values.value(flowField::encryptedInTransit).toInt() == 1);
    m_loading = false;
    // The baseline is what the form shows, so a value it cannot show is not an edit.
    m_baseline = this->values();
    m_issues->clear();
    m_showIssuesLive = false;
    if (record) {
        m_heading->setText(forms::recordLabel(*record, kinds::flow()));
        const QLocale locale;
        m_meta->setText(
            RegisterUiTr::tr("Added %1 by %2. Last changed %3 by %4.")
                .arg(locale.toString(record->createdAt.toLocalTime(), QLocale::ShortFormat),
                     record->createdBy,
                     locale.toString(record->updatedAt.toLocalTime(), QLocale::ShortFormat),
                     record->updatedBy));
    } else if (m_new) {
        m_heading->setText(RegisterUiTr::tr("New information flow"));
        m_meta->setText(RegisterUiTr::tr("Not saved yet: fill in the form and choose Apply."));
    } else {
        m_heading->setText(RegisterUiTr::tr("No flow selected"));
        m_meta->setText(m_editor.isReadOnly()
                            ? RegisterUiTr::tr("Choose a flow in the list.")
                            : RegisterUiTr::tr("Choose a flow in the list, or Add a new one."));
    }
    updateState();
}

void FlowEditor::showFlow(qint64 id)
{
    const std::optional<Record> record =
        id != 0 ? m_editor.workspace().records().get(kinds::flow(), id) : std::nullopt;
    m_new = false;
    m_currentId = record ? record->id : 0;
    load(record, record ? record->values : QVariantMap());
    emit shownFlowChanged(m_currentId);
}

void FlowEditor::startNew(const QVariantMap &preset)
{
    if (m_editor.isReadOnly())
        return;
    m_new = true;
    m_currentId = 0;
    load(std::nullopt, preset);
    m_title->setFocus(Qt::OtherFocusReason);
    emit shownFlowChanged(0);
}

void FlowEditor::storedFlowChanged()
{
    if (m_new || m_currentId == 0)
        return;
    const std::optional<Record> record =
        m_editor.workspace().records().get(kinds::flow(), m_currentId);
    if (!record) {
        // Deleted, for example by an undo: nothing to show any more.
        showFlow(0);
        return;
    }
    if (!isDirty())
        load(record, record->values);
}

void FlowEditor::onEdited()
{
    if (m_loading)
        return;
    if (m_showIssuesLive)
        showIssues(false);
    updateState();
}

QWidget *FlowEditor::widgetFor(const QString &field) const
{
    if (field == flowField::fromAssetId || field == flowField::fromOrgId)
        return m_from->choice();
    if (field == flowField::toAssetId || field == flowField::toOrgId)
        return m_to->choice();
    if (field == flowField::encryptedInTransit)
        return m_encrypted;
    return m_binder->widget(field);
}

void FlowEditor::showIssues(bool focusFirstError)
{
    const ValidationIssues issues = validateFlow(values());
    m_issues->setMessages(forms::messages(issues));
    if (!focusFirstError)
        return;
    for (const ValidationIssue &issue : issues) {
        if (issue.severity != ValidationIssue::Severity::Error)
            continue;
        if (QWidget *w = widgetFor(issue.field))
            w->setFocus(Qt::OtherFocusReason);
        break;
    }
}

bool FlowEditor::apply()
{
    if (m_editor.isReadOnly() || (!m_new && m_currentId == 0))
        return false;
    const QVariantMap v = values();
    const ValidationIssues issues = validateFlow(v);
    if (hasErrors(issues)) {
        m_showIssuesLive = true;
        showIssues(true);
        return false;
    }
    qint64 id = m_currentId;
    if (m_new) {
        const std::optional<qint64> created = m_editor.create(
            kinds::flow(), v,
            RegisterUiTr::tr("Add flow %1").arg(v.value(flowField::title).toString()));
        if (!created)
            return false;
        id = *created;
    } else {
        const QVariantMap changed = changes();
        const std::optional<Record> before = m_editor.workspace().records().get(kinds::flow(), id);
        const QString label = before ? forms::recordLabel(*before, kinds::flow()) : QString();
        if (!changed.isEmpty() &&
            !m_editor.update(kinds::flow(), id, changed, RegisterUiTr::tr("Edit %1").arg(label)))
            return false;
    }
    showFlow(id);
    // Warnings do not stop saving, but stay in view until another flow is shown.
    m_issues->setMessages(forms::messages(issues));
    emit applied(id);
    return true;
}

void FlowEditor::revert()
{
    if (m_new) {
        m_new = false;
        showFlow(0);
        return;
    }
    showFlow(m_currentId);
}

bool FlowEditor::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const QString what = m_new ? RegisterUiTr::tr("The new flow") : m_heading->text();
    const auto answer = Dialogs::question(
        this, RegisterUiTr::tr("Unapplied Changes"),
        RegisterUiTr::tr("%1 has changes that are not applied yet. Apply them now?").arg(what),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        m_new = false;
        m_baseline = values();
        return true;
    }
    return false;
}

void FlowEditor::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool hasFlow = m_new || m_currentId != 0;
    const bool dirty = isDirty();
    const bool inputs = !readOnly && hasFlow;
    m_binder->setReadOnly(!inputs);
    m_from->setReadOnly(!inputs);
    m_to->setReadOnly(!inputs);
    m_encrypted->setEnabled(inputs);
    m_apply->setEnabled(inputs && (m_new || dirty));
    m_revert->setEnabled(inputs && (m_new || dirty));
}

} // namespace igw
