#include "dpia/ui/dpiasignoffform.h"

#include "dpia/dpiarecords.h"
#include "dpia/ui/dpiauitr.h"
#include "register/ui/optionaldateedit.h"
#include "widgets/icons.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyle>
#include <QVBoxLayout>

namespace igw {

namespace {

namespace df = dpiaField;

const QString nameKey = QStringLiteral("name");
const QString positionKey = QStringLiteral("position");
const QString dateKey = QStringLiteral("date");

QPlainTextEdit *textBox(const QString &objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    const int lines = 4;
    edit->setFixedHeight(lines * edit->fontMetrics().lineSpacing() + 2 * edit->frameWidth() + 8);
    return edit;
}

QLabel *buddyLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    label->setWordWrap(true);
    return label;
}

void fillChoices(QComboBox *combo, const Choices &choices, const QString &none)
{
    combo->addItem(none, QString());
    for (const auto &c : choices)
        combo->addItem(c.second, c.first);
}

QVariant textValue(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QVariant() : QVariant(trimmed);
}

QVariant comboValue(const QComboBox *combo)
{
    return textValue(combo->currentData().toString());
}

void selectData(QComboBox *combo, const QString &key)
{
    int index = combo->findData(key);
    if (index < 0 && !key.isEmpty()) {
        // A stored value this program does not know is shown, not lost.
        combo->addItem(key, key);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

DpiaSignoffForm::DpiaSignoffForm(QWidget *parent)
    : QWidget(parent)
    , m_dpoAdvice(textBox(QStringLiteral("signoffDpoAdvice"), this))
    , m_dpoDecision(new QComboBox(this))
    , m_overruleLabel(nullptr)
    , m_overruleReason(textBox(QStringLiteral("signoffOverruleReason"), this))
    , m_views(textBox(QStringLiteral("signoffIndividualsViews"), this))
    , m_departure(textBox(QStringLiteral("signoffDepartureReason"), this))
    , m_art36Box(nullptr)
    , m_art36Notice(new QLabel(this))
    , m_art36Icon(new QLabel(this))
    , m_art36Decision(new QComboBox(this))
    , m_art36ReasonLabel(nullptr)
    , m_art36Reason(textBox(QStringLiteral("signoffArt36Reason"), this))
    , m_newVersionNote(new QLabel(this))
{
    setObjectName(QStringLiteral("dpiaSignoffForm"));
    m_dpoDecision->setObjectName(QStringLiteral("signoffDpoDecision"));
    m_art36Decision->setObjectName(QStringLiteral("signoffArt36Decision"));
    m_newVersionNote->setObjectName(QStringLiteral("signoffNewVersionNote"));
    m_newVersionNote->setWordWrap(true);
    m_newVersionNote->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_newVersionNote);
    layout->addWidget(buildSignoffs());
    layout->addWidget(buildAdvice());
    layout->addWidget(buildConsultation());
    layout->addWidget(buildArt36());

    const auto changed = [this] {
        if (m_loading)
            return;
        updateArt36();
        emit edited();
    };
    for (QPlainTextEdit *edit :
         {m_dpoAdvice, m_overruleReason, m_views, m_departure, m_art36Reason})
        connect(edit, &QPlainTextEdit::textChanged, this, changed);
    for (QComboBox *combo : {m_dpoDecision, m_art36Decision})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (const Signoff &s : std::as_const(m_signoffs)) {
        connect(s.name, &QLineEdit::textChanged, this, changed);
        connect(s.position, &QLineEdit::textChanged, this, changed);
        connect(s.date, &OptionalDateEdit::valueChanged, this, changed);
    }
    // Reading order, whatever order the widgets were made in: the sign-offs row by row,
    // then the advice, the consultation and Art. 36.
    QList<QWidget *> order;
    for (const auto &role : choices::signoffRoles()) {
        const Signoff &s = m_signoffs[role.first];
        order << s.name << s.position << s.date->checkBox() << s.date->dateEdit();
    }
    order << m_dpoAdvice << m_dpoDecision << m_overruleReason << m_views << m_departure
          << m_art36Decision << m_art36Reason;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));
    updateArt36();
}

QGroupBox *DpiaSignoffForm::buildSignoffs()
{
    auto *box = new QGroupBox(DpiaUiTr::tr("Sign-off"), this);
    box->setObjectName(QStringLiteral("signoffRoles"));
    auto *grid = new QGridLayout(box);
    const QString headings[] = {DpiaUiTr::tr("Who"), DpiaUiTr::tr("Name"), DpiaUiTr::tr("Position"),
                                DpiaUiTr::tr("Date")};
    for (int c = 0; c < 4; ++c) {
        auto *heading = new QLabel(headings[c], box);
        QFont bold = heading->font();
        bold.setBold(true);
        heading->setFont(bold);
        grid->addWidget(heading, 0, c);
    }
    int row = 1;
    for (const auto &role : choices::signoffRoles()) {
        Signoff s;
        s.name = new QLineEdit(box);
        s.position = new QLineEdit(box);
        s.date = new OptionalDateEdit(box);
        s.name->setObjectName(QStringLiteral("signoff_%1_name").arg(role.first));
        s.position->setObjectName(QStringLiteral("signoff_%1_position").arg(role.first));
        s.date->setObjectName(QStringLiteral("signoff_%1_date").arg(role.first));
        s.name->setAccessibleName(DpiaUiTr::tr("%1: name").arg(role.second));
        s.position->setAccessibleName(DpiaUiTr::tr("%1: position").arg(role.second));
        s.date->setAccessibleName(DpiaUiTr::tr("%1: date").arg(role.second));
        s.name->setPlaceholderText(DpiaUiTr::tr("Name"));
        s.position->setPlaceholderText(DpiaUiTr::tr("Position"));
        auto *label = buddyLabel(role.second, s.name, box);
        grid->addWidget(label, row, 0);
        grid->addWidget(s.name, row, 1);
        grid->addWidget(s.position, row, 2);
        grid->addWidget(s.date, row, 3);
        m_signoffs.insert(role.first, s);
        ++row;
    }
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 2);
    return box;
}

QGroupBox *DpiaSignoffForm::buildAdvice()
{
    auto *box = new QGroupBox(DpiaUiTr::tr("The DPO's advice"), this);
    auto *column = new QVBoxLayout(box);
    fillChoices(m_dpoDecision, choices::dpoAdviceDecision(), DpiaUiTr::tr("Not recorded yet"));
    // Labels above the boxes: the long ones would squeeze a form's label column.
    column->addWidget(buddyLabel(DpiaUiTr::tr("&Summary of the DPO's advice:"), m_dpoAdvice, box));
    column->addWidget(m_dpoAdvice);
    auto *decision = new QHBoxLayout;
    decision->addWidget(buddyLabel(DpiaUiTr::tr("The DPO's advice &was:"), m_dpoDecision, box));
    decision->addWidget(m_dpoDecision);
    decision->addStretch(1);
    column->addLayout(decision);
    m_overruleLabel = buddyLabel(DpiaUiTr::tr("&Reasons for overruling (required when overruled):"),
                                 m_overruleReason, box);
    column->addWidget(m_overruleLabel);
    column->addWidget(m_overruleReason);
    m_dpoAdvice->setAccessibleName(DpiaUiTr::tr("Summary of the DPO's advice"));
    m_dpoDecision->setAccessibleName(DpiaUiTr::tr("The DPO's advice was"));
    m_overruleReason->setAccessibleName(DpiaUiTr::tr("Reasons for overruling the DPO's advice"));
    return box;
}

QGroupBox *DpiaSignoffForm::buildConsultation()
{
    auto *box = new QGroupBox(DpiaUiTr::tr("Consultation responses"), this);
    auto *column = new QVBoxLayout(box);
    column->addWidget(buddyLabel(DpiaUiTr::tr("&Individuals' views:"), m_views, box));
    column->addWidget(m_views);
    column->addWidget(buddyLabel(DpiaUiTr::tr("Reasons for &departing from individuals' views:"),
                                 m_departure, box));
    column->addWidget(m_departure);
    m_views->setAccessibleName(DpiaUiTr::tr("Individuals' views"));
    m_departure->setAccessibleName(DpiaUiTr::tr("Reasons for departing from individuals' views"));
    return box;
}

QGroupBox *DpiaSignoffForm::buildArt36()
{
    m_art36Box =
        new QGroupBox(DpiaUiTr::tr("Prior consultation with the ICO (UK GDPR Art. 36)"), this);
    m_art36Box->setObjectName(QStringLiteral("signoffArt36"));
    auto *column = new QVBoxLayout(m_art36Box);
    m_art36Notice->setObjectName(QStringLiteral("signoffArt36Notice"));
    m_art36Notice->setWordWrap(true);
    m_art36Notice->setParent(m_art36Box);
    m_art36Icon->setParent(m_art36Box);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_art36Icon->setPixmap(icon(QStringLiteral("warning")).pixmap(size, size));
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_art36Icon, 0, Qt::AlignTop);
    notice->addWidget(m_art36Notice, 1);
    column->addLayout(notice);
    fillChoices(m_art36Decision, choices::art36Decision(), DpiaUiTr::tr("Not recorded yet"));
    m_art36Decision->setParent(m_art36Box);
    m_art36Reason->setParent(m_art36Box);
    auto *decision = new QHBoxLayout;
    decision->addWidget(buddyLabel(DpiaUiTr::tr("D&ecision:"), m_art36Decision, m_art36Box));
    decision->addWidget(m_art36Decision);
    decision->addStretch(1);
    column->addLayout(decision);
    m_art36ReasonLabel = buddyLabel(DpiaUiTr::tr("Reason:"), m_art36Reason, m_art36Box);
    column->addWidget(m_art36ReasonLabel);
    column->addWidget(m_art36Reason);
    m_art36Decision->setAccessibleName(DpiaUiTr::tr("Art. 36 decision"));
    m_art36Reason->setAccessibleName(DpiaUiTr::tr("Reason for the Art. 36 decision"));
    return m_art36Box;
}

void DpiaSignoffForm::load(const Record &dpia, bool art36Required, bool newVersion)
{
    m_loading = true;
    m_storedSignoffs =
        newVersion ? QJsonObject()
                   : QJsonDocument::fromJson(dpia.value(df::signoffs).toString().toUtf8()).object();
    for (auto it = m_signoffs.cbegin(); it != m_signoffs.cend(); ++it) {
        const QJsonObject s = m_storedSignoffs.value(it.key()).toObject();
        it->name->setText(s.value(nameKey).toString());
        it->position->setText(s.value(positionKey).toString());
        it->date->setValue(s.value(dateKey).toString());
    }
    m_dpoAdvice->setPlainText(dpia.value(df::dpoAdvice).toString());
    selectData(m_dpoDecision, dpia.value(df::dpoAdviceDecision).toString());
    m_overruleReason->setPlainText(dpia.value(df::dpoOverruleReason).toString());
    m_views->setPlainText(dpia.value(df::individualsViews).toString());
    m_departure->setPlainText(dpia.value(df::consultationDepartureReason).toString());
    selectData(m_art36Decision, dpia.value(df::art36Decision).toString());
    m_art36Reason->setPlainText(dpia.value(df::art36Reason).toString());
    m_newVersionNote->setText(
        DpiaUiTr::tr("Version %1 was approved with its own sign-offs, which stay with it. "
                     "Saving starts version %2, which needs signing off again.")
            .arg(dpia.value(df::version).toInt())
            .arg(dpia.value(df::version).toInt() + 1));
    m_newVersionNote->setVisible(newVersion);
    m_art36Required = art36Required;
    m_loading = false;
    updateArt36();
}

void DpiaSignoffForm::setArt36Required(bool required)
{
    if (m_art36Required == required)
        return;
    m_art36Required = required;
    updateArt36();
}

void DpiaSignoffForm::updateArt36()
{
    // Shown when it matters or when something was recorded; never silently hidden data.
    const bool recorded = !m_art36Decision->currentData().toString().isEmpty() ||
                          !m_art36Reason->toPlainText().trimmed().isEmpty();
    m_art36Box->setVisible(m_art36Required || recorded);
    m_art36Icon->setVisible(m_art36Required);
    m_art36Notice->setText(
        m_art36Required
            ? DpiaUiTr::tr("A residual risk is still high. The ICO must be consulted before the "
                           "processing starts (UK GDPR Art. 36(1)): the decision and its reason "
                           "are required.")
            : DpiaUiTr::tr("No residual risk is high, so prior consultation is not required."));
    m_art36ReasonLabel->setText(m_art36Required ? DpiaUiTr::tr("Reason (required):")
                                                : DpiaUiTr::tr("Reason:"));
    m_art36Decision->setAccessibleDescription(
        m_art36Required ? DpiaUiTr::tr("Required: a residual risk is high") : QString());
}

QVariantMap DpiaSignoffForm::values() const
{
    QJsonObject signoffs = m_storedSignoffs;
    for (auto it = m_signoffs.cbegin(); it != m_signoffs.cend(); ++it) {
        QJsonObject s;
        if (const QString name = it->name->text().trimmed(); !name.isEmpty())
            s.insert(nameKey, name);
        if (const QString position = it->position->text().trimmed(); !position.isEmpty())
            s.insert(positionKey, position);
        if (const QVariant date = it->date->value(); !date.isNull())
            s.insert(dateKey, date.toString());
        if (s.isEmpty())
            signoffs.remove(it.key());
        else
            signoffs.insert(it.key(), s);
    }
    return {{df::signoffs, signoffs.isEmpty()
                               ? QVariant()
                               : QVariant(QString::fromUtf8(
                                     QJsonDocument(signoffs).toJson(QJsonDocument::Compact)))},
            {df::dpoAdvice, textValue(m_dpoAdvice->toPlainText())},
            {df::dpoAdviceDecision, comboValue(m_dpoDecision)},
            {df::dpoOverruleReason, textValue(m_overruleReason->toPlainText())},
            {df::individualsViews, textValue(m_views->toPlainText())},
            {df::consultationDepartureReason, textValue(m_departure->toPlainText())},
            {df::art36Decision, comboValue(m_art36Decision)},
            {df::art36Reason, textValue(m_art36Reason->toPlainText())}};
}

QList<ValidationLabel::Message> DpiaSignoffForm::problems() const
{
    using S = ValidationLabel::Severity;
    QList<ValidationLabel::Message> out;
    if (m_dpoDecision->currentData().toString() == QLatin1String("overruled") &&
        m_overruleReason->toPlainText().trimmed().isEmpty())
        out.append({S::Error, DpiaUiTr::tr("The DPO's advice is recorded as overruled: give the "
                                           "reasons for overruling it.")});
    const QString decision = m_art36Decision->currentData().toString();
    if (m_art36Required) {
        if (decision.isEmpty())
            out.append({S::Error, DpiaUiTr::tr("A residual risk is high: record the Art. 36 "
                                               "prior-consultation decision.")});
        if (m_art36Reason->toPlainText().trimmed().isEmpty())
            out.append({S::Error, DpiaUiTr::tr("A residual risk is high: give the reason for the "
                                               "Art. 36 decision.")});
        if (decision == QLatin1String("not_required"))
            out.append({S::Warning, DpiaUiTr::tr("With a high residual risk the DPIA can be "
                                                 "approved only once the decision is to consult "
                                                 "the ICO.")});
    }
    for (const auto &role : choices::signoffRoles()) {
        const Signoff &s = m_signoffs[role.first];
        const bool name = !s.name->text().trimmed().isEmpty();
        const bool position = !s.position->text().trimmed().isEmpty();
        const bool date = !s.date->value().isNull();
        if ((name || position || date) && !(name && position && date))
            out.append({S::Warning, DpiaUiTr::tr("\u201c%1\u201d needs a name, a position and a "
                                                 "date to count as signed.")
                                        .arg(role.second)});
    }
    return out;
}

bool DpiaSignoffForm::focusFirstProblem()
{
    QWidget *target = nullptr;
    if (m_dpoDecision->currentData().toString() == QLatin1String("overruled") &&
        m_overruleReason->toPlainText().trimmed().isEmpty())
        target = m_overruleReason;
    else if (m_art36Required && m_art36Decision->currentData().toString().isEmpty())
        target = m_art36Decision;
    else if (m_art36Required && m_art36Reason->toPlainText().trimmed().isEmpty())
        target = m_art36Reason;
    if (!target)
        return false;
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void DpiaSignoffForm::setReadOnly(bool readOnly)
{
    for (const Signoff &s : std::as_const(m_signoffs)) {
        s.name->setReadOnly(readOnly);
        s.position->setReadOnly(readOnly);
        s.date->setReadOnly(readOnly);
    }
    for (QPlainTextEdit *edit :
         {m_dpoAdvice, m_overruleReason, m_views, m_departure, m_art36Reason})
        edit->setReadOnly(readOnly);
    for (QComboBox *combo : {m_dpoDecision, m_art36Decision})
        combo->setEnabled(!readOnly);
}

QLineEdit *DpiaSignoffForm::signoffEdit(const QString &role, const QString &part) const
{
    const auto it = m_signoffs.constFind(role);
    if (it == m_signoffs.cend())
        return nullptr;
    return part == positionKey ? it->position : it->name;
}

OptionalDateEdit *DpiaSignoffForm::signoffDate(const QString &role) const
{
    const auto it = m_signoffs.constFind(role);
    return it == m_signoffs.cend() ? nullptr : it->date;
}

} // namespace igw
