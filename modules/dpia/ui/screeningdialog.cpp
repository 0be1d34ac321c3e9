#include "dpia/ui/screeningdialog.h"

#include "dpia/dpiarecords.h"
#include "register/ui/domainwritecommand.h"
#include "dpia/ui/dpiauitr.h"
#include "ropa/activities.h"
#include "widgets/dialogs.h"
#include "widgets/icons.h"
#include "widgets/validationlabel.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace igw {

namespace {

namespace af = activityField;

// The answers in the order the radio buttons show them; the group's button ids
// index it.
const QStringList &answerKeys()
{
    static const QStringList keys{screening::yes, screening::no, screening::unsure};
    return keys;
}

QString answerWord(const QString &key)
{
    if (key == screening::yes)
        return DpiaUiTr::tr("Yes");
    if (key == screening::no)
        return DpiaUiTr::tr("No");
    return DpiaUiTr::tr("Unsure");
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

// The activity fields the screening and the new DPIA may fill in; undo puts
// them back.
const QStringList &screenedActivityFields()
{
    static const QStringList fields{af::dpiaRequired, af::dpiaProgress, af::dpiaLink};
    return fields;
}

} // namespace

ScreeningDialog::ScreeningDialog(Workspace &workspace, RecordEditor *editor, qint64 activityId,
                                 QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_editor(editor)
    , m_activity(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_outcome(new QLabel(this))
    , m_reasons(new QLabel(this))
    , m_unanswered(new QLabel(this))
    , m_problems(new ValidationLabel(this))
    , m_save(new QPushButton(DpiaUiTr::tr("&Save"), this))
    , m_start(new QPushButton(DpiaUiTr::tr("Save and Start &DPIA"), this))
{
    setObjectName(QStringLiteral("screeningDialog"));
    setWindowTitle(DpiaUiTr::tr("DPIA Screening"));
    m_activity->setObjectName(QStringLiteral("screeningActivity"));
    m_title->setObjectName(QStringLiteral("screeningTitle"));
    m_problems->setObjectName(QStringLiteral("screeningProblems"));
    m_save->setObjectName(QStringLiteral("screeningSave"));
    m_start->setObjectName(QStringLiteral("screeningStart"));
    m_save->setToolTip(DpiaUiTr::tr("Record the screening with its outcome and reasons"));
    m_start->setToolTip(DpiaUiTr::tr("Record the screening and start a draft DPIA pre-filled "
                                     "from the ROPA"));

    auto *head = new QFormLayout;
    auto *activityLabel = new QLabel(DpiaUiTr::tr("Processing &activity:"), this);
    activityLabel->setBuddy(m_activity);
    head->addRow(activityLabel, m_activity);
    auto *titleLabel = new QLabel(DpiaUiTr::tr("&Title (optional):"), this);
    titleLabel->setBuddy(m_title);
    head->addRow(titleLabel, m_title);
    m_activity->setAccessibleName(DpiaUiTr::tr("Processing activity"));
    m_title->setAccessibleName(DpiaUiTr::tr("Title"));
    m_activity->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_activity->setMinimumContentsLength(40);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    // Enter saves the screening only; starting a DPIA is a deliberate second choice.
    m_save->setDefault(true);
    m_start->setAutoDefault(false);
    // Both save buttons run save() themselves; the box must not close the dialog
    // first.
    disconnect(buttons, &QDialogButtonBox::accepted, nullptr, nullptr);

    QWidget *questions = buildQuestions();
    QWidget *outcome = buildOutcome();
    auto *body = new QHBoxLayout;
    body->addWidget(questions, 3);
    body->addWidget(outcome, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addLayout(body, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_start, &QPushButton::clicked, this, [this] { save(true); });
    connect(m_activity, &QComboBox::currentIndexChanged, this, [this] {
        applyProposals();
        updateOutcome();
    });

    loadActivities();
    setActivity(activityId);
    applyProposals();
    updateOutcome();
    resize(1000, 720);
}

QWidget *ScreeningDialog::buildQuestions()
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("screeningQuestions"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *column = new QVBoxLayout(content);
    const screening::Group groups[] = {screening::Group::Art35, screening::Group::IcoList,
                                       screening::Group::Wp248};
    QFont titleFont = font();
    titleFont.setBold(true);
    for (const screening::Group group : groups) {
        auto *box = new QGroupBox(screening::groupTitle(group), content);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setSpacing(14);
        for (const screening::Question &q : screening::questions()) {
            if (q.group != group)
                continue;
            auto *row = new QWidget(box);
            row->setObjectName(QStringLiteral("screen_") + q.id);
            auto *rowLayout = new QVBoxLayout(row);
            rowLayout->setContentsMargins(0, 0, 0, 0);
            rowLayout->setSpacing(3);
            auto *title = wrapped(DpiaUiTr::tr("%1 (%2)").arg(q.title, q.citation), row);
            title->setFont(titleFont);
            auto *text = wrapped(q.text, row);
            auto *guidance = wrapped(q.guidance, row);
            guidance->setForegroundRole(QPalette::PlaceholderText);
            rowLayout->addWidget(title);
            rowLayout->addWidget(text);
            if (!q.guidance.isEmpty())
                rowLayout->addWidget(guidance);
            else
                guidance->hide();

            Row r;
            r.group = new QButtonGroup(row);
            auto *radios = new QHBoxLayout;
            for (int i = 0; i < answerKeys().size(); ++i) {
                auto *radio = new QRadioButton(answerWord(answerKeys().at(i)), row);
                radio->setObjectName(QStringLiteral("screen_%1_%2").arg(q.id, answerKeys().at(i)));
                // The button alone says only "Yes"; the name says to what.
                radio->setAccessibleName(
                    DpiaUiTr::tr("%1: %2").arg(q.title, answerWord(answerKeys().at(i))));
                radio->setAccessibleDescription(q.text);
                r.group->addButton(radio, i);
                radios->addWidget(radio);
            }
            radios->addStretch(1);
            rowLayout->addLayout(radios);
            r.proposal = wrapped(QString(), row);
            r.proposal->setObjectName(QStringLiteral("proposal_") + q.id);
            r.proposal->hide();
            rowLayout->addWidget(r.proposal);
            boxLayout->addWidget(row);

            const QString id = q.id;
            connect(r.group, &QButtonGroup::idClicked, this, [this, id] {
                Row &changed = m_rows[id];
                changed.touched = true;
                changed.proposedAnswer.clear();
            });
            connect(r.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
                if (checked)
                    updateOutcome();
            });
            m_rows.insert(q.id, r);
        }
        column->addWidget(box);
    }
    column->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

QWidget *ScreeningDialog::buildOutcome()
{
    auto *panel = new QGroupBox(DpiaUiTr::tr("Outcome"), this);
    panel->setObjectName(QStringLiteral("screeningOutcomePanel"));
    auto *layout = new QVBoxLayout(panel);
    m_outcome->setObjectName(QStringLiteral("screeningOutcome"));
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setWordWrap(true);
    QFont big = m_outcome->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_outcome->setFont(big);
    auto *icon = new QLabel(panel);
    icon->setObjectName(QStringLiteral("screeningOutcomeIcon"));
    auto *line = new QHBoxLayout;
    line->addWidget(icon, 0, Qt::AlignTop);
    line->addWidget(m_outcome, 1);
    m_reasons->setObjectName(QStringLiteral("screeningReasons"));
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_reasons->setFocusPolicy(Qt::StrongFocus); // reachable by Tab, so it can be read
    m_reasons->setAccessibleName(DpiaUiTr::tr("Reasons"));
    m_unanswered->setObjectName(QStringLiteral("screeningUnanswered"));
    m_unanswered->setTextFormat(Qt::PlainText);
    m_unanswered->setWordWrap(true);
    m_unanswered->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(line);
    layout->addWidget(new QLabel(DpiaUiTr::tr("Why:"), panel));
    layout->addWidget(m_reasons);
    layout->addWidget(m_unanswered);
    layout->addStretch(1);
    panel->setMinimumWidth(260);
    return panel;
}

void ScreeningDialog::loadActivities()
{
    m_activity->addItem(DpiaUiTr::tr("Choose a processing activity…"), qint64(0));
    // By name, so typing the first letters finds an activity.
    for (const Record &a : m_workspace.records().list(kinds::activity(), af::name))
        m_activity->addItem(DpiaUiTr::tr("%1 (%2)").arg(a.value(af::name).toString(), a.ref), a.id);
}

qint64 ScreeningDialog::activityId() const
{
    return m_activity->currentData().toLongLong();
}

void ScreeningDialog::setActivity(qint64 id)
{
    const int index = m_activity->findData(id);
    m_activity->setCurrentIndex(index >= 0 ? index : 0);
}

void ScreeningDialog::applyProposals()
{
    const qint64 id = activityId();
    if (id == m_proposalsFor)
        return;
    m_proposalsFor = id;
    // Proposals of the previous activity the user never confirmed are taken back.
    for (Row &r : m_rows) {
        if (!r.proposedAnswer.isEmpty() && !r.touched) {
            r.group->setExclusive(false);
            if (QAbstractButton *checked = r.group->checkedButton())
                checked->setChecked(false);
            r.group->setExclusive(true);
        }
        r.proposedAnswer.clear();
        r.proposal->clear();
        r.proposal->hide();
    }
    const auto activity =
        id > 0 ? m_workspace.records().get(kinds::activity(), id) : std::optional<Record>();
    m_title->setPlaceholderText(
        activity ? DpiaUiTr::tr("Screening: %1").arg(activity->value(af::name).toString())
                 : QString());
    if (!activity)
        return;
    for (const screening::Proposal &p : screening::propose(m_workspace, id)) {
        auto it = m_rows.find(p.questionId);
        if (it == m_rows.end())
            continue;
        it->proposal->setText(
            DpiaUiTr::tr("Proposed from the ROPA (%1): %2").arg(answerWord(p.answer), p.why));
        it->proposal->show();
        if (!it->touched && !it->group->checkedButton()) {
            if (QAbstractButton *b = it->group->button(int(answerKeys().indexOf(p.answer)))) {
                b->setChecked(true);
                it->proposedAnswer = p.answer;
            }
        }
    }
}

screening::Answers ScreeningDialog::answers() const
{
    screening::Answers out;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const int checked = it->group->checkedId();
        if (checked >= 0)
            out.insert(it.key(), answerKeys().at(checked));
    }
    return out;
}

void ScreeningDialog::setAnswer(const QString &questionId, const QString &answer)
{
    auto it = m_rows.find(questionId);
    const int index = int(answerKeys().indexOf(answer));
    if (it == m_rows.end() || index < 0)
        return;
    it->touched = true;
    it->proposedAnswer.clear();
    it->group->button(index)->setChecked(true);
}

QString ScreeningDialog::outcomeText() const
{
    return m_outcome->text();
}

QString ScreeningDialog::reasonsText() const
{
    return m_reasons->text();
}

QString ScreeningDialog::proposalText(const QString &questionId) const
{
    const auto it = m_rows.constFind(questionId);
    return it == m_rows.cend() ? QString() : it->proposal->text();
}

bool ScreeningDialog::isReadOnly() const
{
    return m_workspace.isReadOnly();
}

void ScreeningDialog::updateOutcome()
{
    const screening::Answers chosen = answers();
    const screening::Result r = screening::evaluate(chosen);
    QString iconName;
    if (r.outcome == screening::required) {
        m_outcome->setText(DpiaUiTr::tr("A DPIA is required."));
        iconName = QStringLiteral("warning");
    } else if (r.outcome == screening::recommended) {
        m_outcome->setText(DpiaUiTr::tr("A DPIA is recommended."));
        iconName = QStringLiteral("information");
    } else {
        m_outcome->setText(DpiaUiTr::tr("A DPIA is not required."));
        iconName = QStringLiteral("information");
    }
    if (auto *iconLabel = findChild<QLabel *>(QStringLiteral("screeningOutcomeIcon"))) {
        const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
        iconLabel->setPixmap(icon(iconName).pixmap(size, size));
    }
    QStringList lines;
    for (const QString &reason : r.reasons)
        lines << QStringLiteral("\u2022 ") + reason;
    m_reasons->setText(lines.isEmpty() ? DpiaUiTr::tr("No screening criterion is met.")
                                       : lines.join(QLatin1Char('\n')));
    const qsizetype open = screening::questions().size() - chosen.size();
    m_unanswered->setText(
        open == 0   ? DpiaUiTr::tr("Every question is answered.")
        : open == 1 ? DpiaUiTr::tr("1 question is not answered yet; it counts as \u201cno\u201d.")
                    : DpiaUiTr::tr("%1 questions are not answered yet; they count as "
                                   "\u201cno\u201d.")
                          .arg(open));

    const bool canSave = !isReadOnly() && activityId() > 0;
    m_save->setEnabled(canSave);
    m_start->setEnabled(canSave && r.outcome != screening::notRequired);
    if (isReadOnly())
        m_start->setToolTip(DpiaUiTr::tr("The workspace is open read-only."));
    else if (r.outcome == screening::notRequired)
        m_start->setToolTip(DpiaUiTr::tr("A DPIA can be started from here when the screening "
                                         "finds one required or recommended."));
    else
        m_start->setToolTip(DpiaUiTr::tr("Record the screening and start a draft DPIA "
                                         "pre-filled from the ROPA"));
    if (isReadOnly())
        m_problems->setMessages({{ValidationLabel::Severity::Information,
                                  DpiaUiTr::tr("The workspace is open read-only: the screening "
                                               "can be worked through but not saved.")}});
    else if (activityId() <= 0)
        m_problems->setMessages({{ValidationLabel::Severity::Information,
                                  DpiaUiTr::tr("Choose the processing activity this screening "
                                               "is about to save it.")}});
    else
        m_problems->clear();
}

bool ScreeningDialog::save(bool startDpia)
{
    const qint64 activity = activityId();
    if (isReadOnly() || activity <= 0) {
        updateOutcome();
        m_activity->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const screening::Answers chosen = answers();
    if (startDpia && screening::evaluate(chosen).outcome == screening::notRequired)
        return false;
    const auto before = m_workspace.records().get(kinds::activity(), activity);
    QVariantMap beforeValues;
    if (before)
        for (const QString &field : screenedActivityFields())
            beforeValues.insert(field, before->value(field));

    QString error;
    const auto saved = saveScreening(m_workspace, activity, chosen, m_title->text(), &error);
    if (!saved) {
        m_problems->setMessages(
            {{ValidationLabel::Severity::Error,
              DpiaUiTr::tr("The screening could not be saved: %1").arg(error)}});
        return false;
    }
    m_created.screeningId = saved->id;
    QList<DomainWriteCommand::Created> created{{&kinds::screening(), saved->id}};
    QString dpiaError;
    if (startDpia) {
        if (const auto dpia = startDpiaFromScreening(m_workspace, saved->id, &dpiaError)) {
            m_created.dpiaId = dpia->id;
            created.append({&kinds::dpia(), dpia->id});
        }
    }
    if (m_editor) {
        const QString name = before ? before->value(af::name).toString() : saved->ref;
        DomainWriteCommand::push(*m_editor,
                                 m_created.dpiaId
                                     ? DpiaUiTr::tr("Screen %1 and start a DPIA").arg(name)
                                     : DpiaUiTr::tr("Screen %1").arg(name),
                                 {{&kinds::activity(), activity, beforeValues}}, created);
    }
    if (startDpia && !m_created.dpiaId)
        Dialogs::warning(this, DpiaUiTr::tr("DPIA Not Started"),
                         DpiaUiTr::tr("The screening %1 is saved, but the DPIA could not be "
                                      "started: %2")
                             .arg(saved->ref, dpiaError));
    accept();
    return true;
}

ScreeningDialog::Result ScreeningDialog::run(Workspace &workspace, RecordEditor *editor,
                                             qint64 activityId, QWidget *parent)
{
    ScreeningDialog dialog(workspace, editor, activityId, parent);
    dialog.exec();
    return dialog.created();
}

} // namespace igw
