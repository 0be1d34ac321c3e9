#include "dpia/ui/measureform.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiaformrows.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/optionaldateedit.h"
#include "widgets/dialogs.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

MeasureForm::MeasureForm(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_binder(new AssetFormBinder(this))
    , m_box(new QGroupBox(this))
    , m_title(new QLineEdit(this))
    , m_description(dpiaForms::textBox(this, 2))
    , m_effect(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_ownerName(new QLineEdit(this))
    , m_due(new OptionalDateEdit(this))
    , m_approved(new QCheckBox(DpiaUiTr::tr("Approved"), this))
    , m_status(new QComboBox(this))
    , m_issues(new ValidationLabel(this))
    , m_apply(new QPushButton(DpiaUiTr::tr("Apply to Measure"), this))
    , m_revert(new QPushButton(DpiaUiTr::tr("Revert Measure"), this))
{
    setObjectName(QStringLiteral("measureForm"));
    const QList<QPair<QWidget *, const char *>> names{
        {m_title, "measureTitle"},         {m_description, "measureDescription"},
        {m_effect, "measureEffect"},       {m_owner, "measureOwner"},
        {m_ownerName, "measureOwnerName"}, {m_due, "measureDue"},
        {m_approved, "measureApproved"},   {m_status, "measureStatus"},
        {m_issues, "measureIssues"},       {m_apply, "measureApply"},
        {m_revert, "measureRevert"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    m_title->setPlaceholderText(DpiaUiTr::tr("e.g. Role-based access to case notes"));
    m_ownerName->setPlaceholderText(DpiaUiTr::tr("If not in the directory"));
    m_approved->setToolTip(DpiaUiTr::tr("The measure is approved by whoever signs the DPIA off"));
    m_apply->setToolTip(DpiaUiTr::tr("Store the changes to this measure (Enter in the title)"));
    m_revert->setToolTip(DpiaUiTr::tr("Discard the changes to this measure"));
    m_due->setDefaultDate(QDate::currentDate().addMonths(1));
    assetForms::fillChoices(m_effect, choices::measureEffect(), DpiaUiTr::tr("(not set)"));
    assetForms::fillChoices(m_status, choices::measureStatus());

    auto *left = new QFormLayout;
    left->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dpiaForms::addRow(left, DpiaUiTr::tr("Meas&ure:"), m_title);
    dpiaForms::addRow(left, DpiaUiTr::tr("Detai&ls:"), m_description);
    dpiaForms::addRow(left, DpiaUiTr::tr("E&ffect on the risk:"), m_effect);
    auto *right = new QFormLayout;
    right->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dpiaForms::addRow(right, DpiaUiTr::tr("Ow&ner:"), m_owner);
    dpiaForms::addRow(right, DpiaUiTr::tr("Owner na&me:"), m_ownerName);
    dpiaForms::addRow(right, DpiaUiTr::tr("D&ue date:"), m_due, m_due->checkBox());
    dpiaForms::addRow(right, DpiaUiTr::tr("Progress:"), m_status);
    dpiaForms::addRow(right, DpiaUiTr::tr("Sign-off:"), m_approved);
    m_approved->setAccessibleName(DpiaUiTr::tr("Approved"));

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(8);
    columns->addLayout(right, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(columns);
    boxLayout->addWidget(m_issues);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    using namespace measureField;
    m_binder->bind(title, m_title);
    m_binder->bind(description, m_description);
    m_binder->bind(effect, m_effect);
    m_binder->bind(ownerPersonId, m_owner);
    m_binder->bind(ownerName, m_ownerName);
    m_binder->bind(dueDate, m_due);
    m_binder->bind(status, m_status);
    m_binder->bind(approved, m_approved);
    connect(m_binder, &AssetFormBinder::edited, this, &MeasureForm::onEdited);
    connect(m_title, &QLineEdit::returnPressed, this, &MeasureForm::apply);
    connect(m_ownerName, &QLineEdit::returnPressed, this, &MeasureForm::apply);
    connect(m_apply, &QPushButton::clicked, this, &MeasureForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &MeasureForm::revert);
    refreshPeople();
    showMeasure(std::nullopt);
}

void MeasureForm::refreshPeople()
{
    forms::fillPeople(m_owner, m_editor.workspace(), DpiaUiTr::tr("(not in the directory)"));
}

void MeasureForm::showMeasure(const std::optional<Record> &measure)
{
    m_measure = measure;
    m_binder->load(measure ? measure->values : QVariantMap());
    m_box->setTitle(measure ? DpiaUiTr::tr("Measure %1").arg(measure->ref)
                            : DpiaUiTr::tr("No measure selected"));
    m_issues->setMessages(measure ? check(m_binder->values(), QDate::currentDate())
                                  : QList<ValidationLabel::Message>());
    updateState();
}

bool MeasureForm::hasUnappliedChanges() const
{
    return m_measure && m_binder->isDirty();
}

QList<ValidationLabel::Message> MeasureForm::check(const QVariantMap &values, const QDate &today)
{
    QList<ValidationLabel::Message> out;
    if (values.value(measureField::title).toString().trimmed().isEmpty())
        out.append({ValidationLabel::Severity::Error,
                    DpiaUiTr::tr("Say what the measure is, e.g. \"role-based access\".")});
    const QDate due = isoDate(values.value(measureField::dueDate));
    if (due.isValid() && due < today &&
        values.value(measureField::status).toString() != QLatin1String("done"))
        out.append({ValidationLabel::Severity::Warning,
                    DpiaUiTr::tr("%1: the due date has passed and the measure is not done.")
                        .arg(dpiaUiText::timingText(due, today))});
    return out;
}

void MeasureForm::onEdited()
{
    if (m_measure)
        m_issues->setMessages(check(m_binder->values(), QDate::currentDate()));
    updateState();
}

void MeasureForm::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool dirty = hasUnappliedChanges();
    m_binder->setReadOnly(readOnly || !m_measure);
    // A name is for owners outside the directory; a chosen person needs none.
    m_ownerName->setEnabled(!m_owner->currentData().isValid());
    m_apply->setEnabled(!readOnly && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
}

bool MeasureForm::apply()
{
    if (m_editor.isReadOnly() || !m_measure)
        return false;
    m_issues->setMessages(check(m_binder->values(), QDate::currentDate()));
    if (m_issues->hasErrors()) {
        m_title->setFocus(Qt::OtherFocusReason);
        updateState();
        return false;
    }
    const QVariantMap changes = m_binder->changes();
    if (changes.isEmpty())
        return true;
    const qint64 id = m_measure->id;
    const QString label = m_measure->value(measureField::title).toString();
    if (!m_editor.update(kinds::measure(), id, changes, DpiaUiTr::tr("Edit measure %1").arg(label)))
        return false;
    showMeasure(m_editor.workspace().records().get(kinds::measure(), id));
    emit applied(id);
    return true;
}

void MeasureForm::revert()
{
    showMeasure(m_measure ? m_editor.workspace().records().get(kinds::measure(), m_measure->id)
                          : std::nullopt);
}

bool MeasureForm::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, DpiaUiTr::tr("Unapplied Changes"),
        DpiaUiTr::tr("Measure %1 has changes that are not applied yet. Apply them now?")
            .arg(m_measure->ref),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void MeasureForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

QList<QWidget *> MeasureForm::tabOrder() const
{
    return {m_title,           m_description, m_effect,   m_owner, m_ownerName, m_due->checkBox(),
            m_due->dateEdit(), m_status,      m_approved, m_apply, m_revert};
}

} // namespace igw
