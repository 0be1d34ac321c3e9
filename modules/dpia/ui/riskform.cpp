#include "dpia/ui/riskform.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiadata.h"
#include "dpia/ui/dpiaformrows.h"
#include "dpia/ui/dpiauitexts.h"
#include "dpia/ui/dpiauitr.h"
#include "register/ui/assetformbinder.h"
#include "reports/heatmap.h"
#include "widgets/dialogs.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace igw {

namespace {

QComboBox *levelCombo(QWidget *owner)
{
    auto *combo = new QComboBox(owner);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

QLabel *bandLabel(QWidget *owner)
{
    auto *label = new QLabel(owner);
    label->setAutoFillBackground(true);
    label->setMargin(3);
    label->setMinimumWidth(label->fontMetrics().horizontalAdvance(QStringLiteral("Medium risk")) +
                           12);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showBand(QLabel *label, const std::optional<RiskBand> &band)
{
    label->setText(dpiaUiText::bandText(band));
    QPalette palette = label->parentWidget()->palette();
    if (band) {
        palette.setColor(QPalette::Window, reports::HeatMap::bandColour(*band));
        palette.setColor(QPalette::WindowText, Qt::black);
    }
    label->setPalette(palette);
    label->setAutoFillBackground(band.has_value());
}

} // namespace

RiskForm::RiskForm(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_matrix(RiskMatrix::ico3())
    , m_binder(new AssetFormBinder(this))
    , m_box(new QGroupBox(this))
    , m_title(new QLineEdit(this))
    , m_impact(dpiaForms::textBox(this, 2))
    , m_likelihood(levelCombo(this))
    , m_severity(levelCombo(this))
    , m_residualLikelihood(levelCombo(this))
    , m_residualSeverity(levelCombo(this))
    , m_inherentBand(bandLabel(this))
    , m_residualBand(bandLabel(this))
    , m_issues(new ValidationLabel(this))
    , m_apply(new QPushButton(DpiaUiTr::tr("Apply to Risk"), this))
    , m_revert(new QPushButton(DpiaUiTr::tr("Revert Risk"), this))
{
    setObjectName(QStringLiteral("riskForm"));
    const QList<QPair<QWidget *, const char *>> names{
        {m_title, "riskTitle"},
        {m_impact, "riskImpact"},
        {m_likelihood, "riskLikelihood"},
        {m_severity, "riskSeverity"},
        {m_residualLikelihood, "riskResidualLikelihood"},
        {m_residualSeverity, "riskResidualSeverity"},
        {m_inherentBand, "riskInherentBand"},
        {m_residualBand, "riskResidualBand"},
        {m_issues, "riskIssues"},
        {m_apply, "riskApply"},
        {m_revert, "riskRevert"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    m_title->setPlaceholderText(DpiaUiTr::tr("e.g. Case notes seen by staff who do not need them"));
    m_impact->setPlaceholderText(
        DpiaUiTr::tr("What could happen to the people affected, e.g. distress, discrimination"));
    m_apply->setToolTip(DpiaUiTr::tr("Store the changes to this risk (Enter in the source)"));
    m_revert->setToolTip(DpiaUiTr::tr("Discard the changes to this risk"));
    m_inherentBand->setAccessibleName(DpiaUiTr::tr("Risk before measures"));
    m_residualBand->setAccessibleName(DpiaUiTr::tr("Risk after measures"));

    auto *text = new QFormLayout;
    text->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    dpiaForms::addRow(text, DpiaUiTr::tr("So&urce of risk:"), m_title);
    dpiaForms::addRow(text, DpiaUiTr::tr("Nature of im&pact:"), m_impact);

    // Two rows, before and after the measures: each level with its own label, then the
    // band the pair gives.
    auto *levels = new QGridLayout;
    const auto levelRow = [&](int row, const QString &heading, QComboBox *likelihood,
                              const QString &likelihoodText, QComboBox *severity,
                              const QString &severityText, QLabel *band,
                              const QString &accessibleSuffix) {
        auto *title = new QLabel(heading, this);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto *l = new QLabel(likelihoodText, this);
        l->setBuddy(likelihood);
        auto *s = new QLabel(severityText, this);
        s->setBuddy(severity);
        likelihood->setAccessibleName(DpiaUiTr::tr("Likelihood %1").arg(accessibleSuffix));
        severity->setAccessibleName(DpiaUiTr::tr("Severity %1").arg(accessibleSuffix));
        levels->addWidget(title, row, 0);
        levels->addWidget(l, row, 1, Qt::AlignRight);
        levels->addWidget(likelihood, row, 2);
        levels->addWidget(s, row, 3, Qt::AlignRight);
        levels->addWidget(severity, row, 4);
        levels->addWidget(band, row, 5);
    };
    levelRow(0, DpiaUiTr::tr("Before measures:"), m_likelihood, DpiaUiTr::tr("&Likelihood:"),
             m_severity, DpiaUiTr::tr("Se&verity:"), m_inherentBand,
             DpiaUiTr::tr("before measures"));
    levelRow(1, DpiaUiTr::tr("After measures:"), m_residualLikelihood, DpiaUiTr::tr("Li&kelihood:"),
             m_residualSeverity, DpiaUiTr::tr("Seve&rity:"), m_residualBand,
             DpiaUiTr::tr("after measures"));
    levels->setColumnStretch(6, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *boxLayout = new QVBoxLayout(m_box);
    boxLayout->addLayout(text);
    boxLayout->addLayout(levels);
    boxLayout->addWidget(m_issues);
    boxLayout->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);

    using namespace riskField;
    m_binder->bind(title, m_title);
    m_binder->bind(impact, m_impact);
    m_binder->bind(likelihood, m_likelihood);
    m_binder->bind(severity, m_severity);
    m_binder->bind(residualLikelihood, m_residualLikelihood);
    m_binder->bind(residualSeverity, m_residualSeverity);
    connect(m_binder, &AssetFormBinder::edited, this, &RiskForm::onEdited);
    connect(m_title, &QLineEdit::returnPressed, this, &RiskForm::apply);
    connect(m_apply, &QPushButton::clicked, this, &RiskForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &RiskForm::revert);
    setMatrix(m_matrix);
    showRisk(std::nullopt, 0);
}

void RiskForm::setMatrix(const RiskMatrix &matrix)
{
    const bool dirty = hasUnappliedChanges();
    m_matrix = matrix;
    dpiaForms::fillLevels(m_likelihood, matrix.likelihoodLabels);
    dpiaForms::fillLevels(m_residualLikelihood, matrix.likelihoodLabels);
    dpiaForms::fillLevels(m_severity, matrix.severityLabels);
    dpiaForms::fillLevels(m_residualSeverity, matrix.severityLabels);
    // A level from the old scale may not exist on the new one: that is not an edit.
    if (!dirty)
        m_binder->load(m_risk ? m_risk->values : QVariantMap());
    updateBands();
}

void RiskForm::showRisk(const std::optional<Record> &risk, int number)
{
    m_risk = risk;
    m_number = number;
    m_binder->load(risk ? risk->values : QVariantMap());
    m_box->setTitle(risk ? DpiaUiTr::tr("Risk %1").arg(dpiaUiText::riskNumber(number))
                         : DpiaUiTr::tr("No risk selected"));
    updateBands();
    m_issues->setMessages(risk ? check(m_binder->values()) : QList<ValidationLabel::Message>());
    updateState();
}

bool RiskForm::hasUnappliedChanges() const
{
    return m_risk && m_binder->isDirty();
}

QList<ValidationLabel::Message> RiskForm::check(const QVariantMap &values)
{
    using Severity = ValidationLabel::Severity;
    QList<ValidationLabel::Message> out;
    if (values.value(riskField::title).toString().trimmed().isEmpty())
        out.append({Severity::Error,
                    DpiaUiTr::tr("Say what the risk is: its source, e.g. \"case notes sent to the "
                                 "wrong address\".")});
    const RiskLevels l = RiskLevels::of(values);
    if ((l.likelihood > 0) != (l.severity > 0))
        out.append({Severity::Warning, DpiaUiTr::tr("Choose both the likelihood and the severity "
                                                    "before measures to place the risk.")});
    if ((l.residualLikelihood > 0) != (l.residualSeverity > 0))
        out.append({Severity::Warning, DpiaUiTr::tr("Choose both the likelihood and the severity "
                                                    "after measures to place the risk.")});
    if (l.likelihood > 0 && l.residualLikelihood > l.likelihood)
        out.append({Severity::Warning,
                    DpiaUiTr::tr("The likelihood after measures is higher than before them: "
                                 "measures should not make harm more likely.")});
    if (l.severity > 0 && l.residualSeverity > l.severity)
        out.append({Severity::Warning,
                    DpiaUiTr::tr("The severity after measures is higher than before them: "
                                 "measures should not make harm more severe.")});
    return out;
}

void RiskForm::onEdited()
{
    updateBands();
    m_issues->setMessages(check(m_binder->values()));
    updateState();
}

void RiskForm::updateBands()
{
    const RiskLevels l = RiskLevels::of(m_binder->values());
    showBand(m_inherentBand, l.inherent(m_matrix));
    showBand(m_residualBand, l.residual(m_matrix));
    m_inherentBand->setAccessibleDescription(m_inherentBand->text());
    m_residualBand->setAccessibleDescription(m_residualBand->text());
}

void RiskForm::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool dirty = hasUnappliedChanges();
    m_binder->setReadOnly(readOnly || !m_risk);
    m_apply->setEnabled(!readOnly && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
}

bool RiskForm::apply()
{
    if (m_editor.isReadOnly() || !m_risk)
        return false;
    const QList<ValidationLabel::Message> messages = check(m_binder->values());
    m_issues->setMessages(messages);
    if (m_issues->hasErrors()) {
        m_title->setFocus(Qt::OtherFocusReason);
        updateState();
        return false;
    }
    const QVariantMap changes = m_binder->changes();
    if (changes.isEmpty())
        return true;
    const qint64 id = m_risk->id;
    const QString label =
        dpiaUiText::riskLabel(m_number, m_risk->value(riskField::title).toString());
    if (!m_editor.update(kinds::risk(), id, changes, DpiaUiTr::tr("Edit risk %1").arg(label)))
        return false;
    showRisk(m_editor.workspace().records().get(kinds::risk(), id), m_number);
    emit applied(id);
    return true;
}

void RiskForm::revert()
{
    showRisk(m_risk ? m_editor.workspace().records().get(kinds::risk(), m_risk->id) : std::nullopt,
             m_number);
}

bool RiskForm::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, DpiaUiTr::tr("Unapplied Changes"),
        DpiaUiTr::tr("Risk %1 has changes that are not applied yet. Apply them now?")
            .arg(dpiaUiText::riskNumber(m_number)),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return apply();
    if (answer == QMessageBox::Discard) {
        revert();
        return true;
    }
    return false;
}

void RiskForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
    m_title->selectAll();
}

QList<QWidget *> RiskForm::tabOrder() const
{
    return {m_title, m_impact, m_likelihood, m_severity, m_residualLikelihood, m_residualSeverity,
            m_apply, m_revert};
}

} // namespace igw
