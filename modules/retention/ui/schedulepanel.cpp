#include "retention/ui/schedulepanel.h"

#include "register/assets.h"
#include "register/ui/assetformbinder.h"
#include "register/ui/assetformhelpers.h"
#include "register/ui/formrows.h"
#include "retention/retentionclasses.h"
#include "retention/scheduletree.h"
#include "retention/starterschedule.h"
#include "retention/ui/retentionuitr.h"
#include "ropa/activities.h"
#include "widgets/dialogs.h"
#include "widgets/validationlabel.h"
#include "workspace/sql.h"
#include "workspace/ui/formhelpers.h"
#include "workspace/ui/recordcommands.h"
#include "workspace/ui/recordeditor.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace igw {

namespace rf = retentionField;

namespace {

constexpr int ClassIdRole = Qt::UserRole + 1;

QSpinBox *periodBox(QWidget *owner, int max, const QString &suffix)
{
    auto *box = new QSpinBox(owner);
    box->setRange(0, max);
    box->setSuffix(suffix);
    box->setSpecialValueText(RetentionUiTr::tr("–"));
    return box;
}

QVariant intOrNull(int v)
{
    return v == 0 ? QVariant() : QVariant(v);
}

} // namespace

SchedulePanel::SchedulePanel(RecordEditor &editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_search(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_title(new QLabel(this))
    , m_function(new QLineEdit(this))
    , m_activity(new QLineEdit(this))
    , m_description(formRows::textBox(this, 3))
    , m_trigger(new QLineEdit(this))
    , m_periodKind(new QComboBox(this))
    , m_years(periodBox(this, retentionLimits::maxYears, RetentionUiTr::tr(" years")))
    , m_months(periodBox(this, 11, RetentionUiTr::tr(" months")))
    , m_days(periodBox(this, 366, RetentionUiTr::tr(" days")))
    , m_action(new QComboBox(this))
    , m_authorityKind(new QComboBox(this))
    , m_authorityText(new QLineEdit(this))
    , m_owner(new QComboBox(this))
    , m_notes(formRows::textBox(this, 2))
    , m_usage(formRows::hint(this))
    , m_binder(new AssetFormBinder(this))
    , m_issues(new ValidationLabel(this))
    , m_new(new QPushButton(RetentionUiTr::tr("&New Class"), this))
    , m_delete(new QPushButton(RetentionUiTr::tr("&Delete"), this))
    , m_starter(new QPushButton(RetentionUiTr::tr("Install &Starter Schedule…"), this))
    , m_apply(new QPushButton(RetentionUiTr::tr("A&pply"), this))
    , m_revert(new QPushButton(RetentionUiTr::tr("Re&vert"), this))
{
    setObjectName(QStringLiteral("schedulePanel"));
    const QList<QPair<QWidget *, const char *>> names{{m_search, "scheduleSearch"},
                                                      {m_tree, "scheduleTree"},
                                                      {m_count, "scheduleCount"},
                                                      {m_title, "classTitle"},
                                                      {m_function, "classFunction"},
                                                      {m_activity, "classActivity"},
                                                      {m_description, "classDescription"},
                                                      {m_trigger, "classTrigger"},
                                                      {m_periodKind, "classPeriodKind"},
                                                      {m_years, "classYears"},
                                                      {m_months, "classMonths"},
                                                      {m_days, "classDays"},
                                                      {m_action, "classAction"},
                                                      {m_authorityKind, "classAuthorityKind"},
                                                      {m_authorityText, "classAuthority"},
                                                      {m_owner, "classOwner"},
                                                      {m_notes, "classNotes"},
                                                      {m_usage, "classUsage"},
                                                      {m_issues, "classIssues"},
                                                      {m_new, "classNew"},
                                                      {m_delete, "classDelete"},
                                                      {m_starter, "classStarter"},
                                                      {m_apply, "classApply"},
                                                      {m_revert, "classRevert"}};
    for (const auto &n : names)
        n.first->setObjectName(QString::fromLatin1(n.second));
    m_search->setPlaceholderText(RetentionUiTr::tr("Words in the reference, records, trigger or "
                                                   "authority"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(RetentionUiTr::tr("Search the schedule"));
    m_tree->setAccessibleName(RetentionUiTr::tr("Retention schedule by function and activity"));
    m_tree->setHeaderLabels({RetentionUiTr::tr("Function / activity / class"),
                             RetentionUiTr::tr("Records"), RetentionUiTr::tr("Keep for"),
                             RetentionUiTr::tr("Then"), RetentionUiTr::tr("Authority")});
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(true);
    m_new->setToolTip(RetentionUiTr::tr("Add a retention class to the schedule"));
    m_starter->setToolTip(RetentionUiTr::tr("Add the common local-authority classes shipped with "
                                            "the workbench that the schedule does not have yet"));
    m_apply->setToolTip(RetentionUiTr::tr("Store the changes to the class"));
    m_revert->setToolTip(RetentionUiTr::tr("Discard the changes to the class"));

    assetForms::fillChoices(m_periodKind, choices::periodKind());
    assetForms::fillChoices(m_action, choices::disposalAction());
    assetForms::fillChoices(m_authorityKind, choices::authorityKind(),
                            RetentionUiTr::tr("(not set)"));
    forms::fillPeople(m_owner, editor.workspace(), RetentionUiTr::tr("(nobody)"));
    m_trigger->setPlaceholderText(RetentionUiTr::tr("e.g. closure of the case, end of the "
                                                    "financial year, date of birth"));
    m_authorityText->setPlaceholderText(
        RetentionUiTr::tr("e.g. Limitation Act 1980 s.5; IRMS Retention Guidelines 2.1.3"));
    m_binder->bind(rf::function, m_function);
    m_binder->bind(rf::activity, m_activity);
    m_binder->bind(rf::description, m_description);
    m_binder->bind(rf::triggerEvent, m_trigger);
    m_binder->bind(rf::periodKind, m_periodKind);
    m_binder->bind(rf::disposalAction, m_action);
    m_binder->bind(rf::authorityKind, m_authorityKind);
    m_binder->bind(rf::authority, m_authorityText);
    m_binder->bind(rf::ownerPersonId, m_owner);
    m_binder->bind(rf::notes, m_notes);

    auto *filters = new QHBoxLayout;
    auto *searchLabel = new QLabel(RetentionUiTr::tr("F&ind:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_starter);
    listButtons->addWidget(m_delete);
    listButtons->addStretch(1);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filters);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(listButtons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("scheduleSplitter"));
    split->addWidget(left);
    split->addWidget(buildForm());
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    setTabOrder(m_search, m_tree);
    setTabOrder(m_tree, m_new);
    setTabOrder(m_new, m_starter);
    setTabOrder(m_starter, m_delete);
    setTabOrder(m_delete, m_function);
    QWidget *previous = m_function;
    for (QWidget *w : QList<QWidget *>{m_activity, m_description, m_trigger, m_periodKind, m_years,
                                       m_months, m_days, m_action, m_authorityKind, m_authorityText,
                                       m_owner, m_notes, m_apply, m_revert}) {
        setTabOrder(previous, w);
        previous = w;
    }

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(150);
    connect(timer, &QTimer::timeout, this, &SchedulePanel::reload);
    connect(m_search, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SchedulePanel::onCurrentItemChanged);
    connect(m_binder, &AssetFormBinder::edited, this, [this] {
        if (!m_loading)
            updateState();
    });
    for (QSpinBox *box : {m_years, m_months, m_days})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                updateState();
        });
    connect(m_new, &QPushButton::clicked, this, &SchedulePanel::addClass);
    connect(m_delete, &QPushButton::clicked, this, &SchedulePanel::deleteCurrent);
    connect(m_starter, &QPushButton::clicked, this, &SchedulePanel::installStarter);
    connect(m_apply, &QPushButton::clicked, this, &SchedulePanel::apply);
    connect(m_revert, &QPushButton::clicked, this, &SchedulePanel::revert);
    connect(&editor.workspace(), &Workspace::recordChanged, this,
            [this, timer](const QString &table, qint64 id) {
                if (table != kinds::retentionClass().table && table != kinds::asset().table &&
                    table != kinds::activity().table)
                    return;
                timer->start();
                if (table == kinds::retentionClass().table && m_record &&
                    (id == 0 || id == m_record->id) && !hasUnappliedChanges())
                    display(
                        m_editor.workspace().records().get(kinds::retentionClass(), m_record->id));
            });
    reload();
    display(std::nullopt);
}

QWidget *SchedulePanel::buildForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formRows::addRow(form, RetentionUiTr::tr("F&unction:"), m_function);
    formRows::addRow(form, RetentionUiTr::tr("Acti&vity:"), m_activity);
    formRows::addRow(form, RetentionUiTr::tr("&Records:"), m_description);
    formRows::addRow(form, RetentionUiTr::tr("&Trigger:"), m_trigger);
    formRows::addRow(form, RetentionUiTr::tr("&Period:"), m_periodKind);
    auto *period = new QWidget(this);
    auto *periodLayout = new QHBoxLayout(period);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    periodLayout->addWidget(m_years);
    periodLayout->addWidget(m_months);
    periodLayout->addWidget(m_days);
    formRows::addRow(form, RetentionUiTr::tr("&Keep for:"), period, m_years);
    m_months->setAccessibleName(RetentionUiTr::tr("Keep for: months"));
    m_days->setAccessibleName(RetentionUiTr::tr("Keep for: days"));
    m_years->setAccessibleName(RetentionUiTr::tr("Keep for: years"));
    formRows::addRow(form, RetentionUiTr::tr("T&hen:"), m_action);
    formRows::addRow(form, RetentionUiTr::tr("Authorit&y:"), m_authorityKind);
    formRows::addRow(form, RetentionUiTr::tr("&Citation:"), m_authorityText);
    formRows::addRow(form, RetentionUiTr::tr("&Owner:"), m_owner);
    formRows::addRow(form, RetentionUiTr::tr("N&otes:"), m_notes);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addWidget(m_revert);
    buttons->addStretch(1);
    auto *box = new QWidget;
    auto *v = new QVBoxLayout(box);
    v->addWidget(m_title);
    v->addLayout(form);
    v->addWidget(m_usage);
    v->addWidget(m_issues);
    v->addLayout(buttons);
    v->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(box);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void SchedulePanel::reload()
{
    const qint64 current = currentClassId();
    m_syncing = true;
    m_tree->clear();
    const QList<ScheduleFunction> tree = scheduleTree(m_editor.workspace(), m_search->text());
    int classes = 0;
    QStringList functions;
    QTreeWidgetItem *currentItem = nullptr;
    for (const ScheduleFunction &f : tree) {
        functions << f.name;
        auto *fItem = new QTreeWidgetItem(m_tree, {f.name});
        fItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QFont bold = fItem->font(0);
        bold.setBold(true);
        fItem->setFont(0, bold);
        for (const ScheduleActivity &a : f.activities) {
            auto *aItem = new QTreeWidgetItem(fItem, {a.name});
            for (const Record &c : a.classes) {
                ++classes;
                auto *item = new QTreeWidgetItem(aItem);
                item->setData(0, ClassIdRole, c.id);
                item->setText(0, c.ref);
                item->setText(1, c.value(rf::description).toString());
                item->setText(2, periodText(c.values));
                item->setText(3, choices::label(choices::disposalAction(),
                                                c.value(rf::disposalAction).toString()));
                item->setText(4, c.value(rf::authority).toString());
                for (int col = 0; col < 5; ++col)
                    item->setToolTip(col, item->text(col));
                if (c.id == current)
                    currentItem = item;
            }
        }
    }
    m_tree->expandAll();
    m_tree->setColumnWidth(0, 260);
    m_tree->setColumnWidth(1, 300);
    m_tree->setColumnWidth(2, 110);
    m_tree->setColumnWidth(3, 150);
    if (currentItem)
        m_tree->setCurrentItem(currentItem);
    m_syncing = false;
    const QLocale locale;
    m_count->setText(RetentionUiTr::tr("%1 class(es)").arg(locale.toString(classes)));
    auto *completer = new QCompleter(functions, m_function);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_function->setCompleter(completer);
    emit classesChanged();
}

bool SchedulePanel::selectClass(qint64 id)
{
    if (id != currentClassId() && !settle())
        return false;
    display(m_editor.workspace().records().get(kinds::retentionClass(), id));
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, ClassIdRole).toLongLong() == id) {
            m_syncing = true;
            m_tree->setCurrentItem(*it);
            m_tree->scrollToItem(*it);
            m_syncing = false;
            break;
        }
    }
    return m_record.has_value();
}

void SchedulePanel::onCurrentItemChanged(QTreeWidgetItem *current)
{
    if (m_syncing || !current)
        return;
    const qint64 id = current->data(0, ClassIdRole).toLongLong();
    if (id == 0 || id == currentClassId())
        return;
    if (!settle()) {
        QTimer::singleShot(0, this, [this] { selectClass(currentClassId()); });
        return;
    }
    display(m_editor.workspace().records().get(kinds::retentionClass(), id));
}

void SchedulePanel::display(const std::optional<Record> &record)
{
    m_loading = true;
    m_record = record;
    const QVariantMap values = record ? record->values : QVariantMap();
    m_binder->load(values);
    m_years->setValue(values.value(rf::periodYears).toInt());
    m_months->setValue(values.value(rf::periodMonths).toInt());
    m_days->setValue(values.value(rf::periodDays).toInt());
    m_periodBaseline = {{rf::periodYears, intOrNull(m_years->value())},
                        {rf::periodMonths, intOrNull(m_months->value())},
                        {rf::periodDays, intOrNull(m_days->value())}};
    m_loading = false;
    if (record) {
        m_title->setText(classTitle(*record));
        const QSqlDatabase db = m_editor.workspace().database();
        const int assets = sql::scalar(db,
                                       QStringLiteral("SELECT count(*) FROM assets WHERE "
                                                      "retention_class_id = ?"),
                                       {record->id})
                               .toInt();
        const int activities = sql::scalar(db,
                                           QStringLiteral("SELECT count(*) FROM activities WHERE "
                                                          "retention_class_id = ?"),
                                           {record->id})
                                   .toInt();
        m_usage->setText(assets + activities == 0
                             ? RetentionUiTr::tr("No asset or processing activity uses this "
                                                 "class yet.")
                             : RetentionUiTr::tr("Used by %1 asset(s) and %2 processing "
                                                 "activity(ies).")
                                   .arg(assets)
                                   .arg(activities));
    } else {
        m_title->setText(RetentionUiTr::tr("No class selected"));
        m_usage->clear();
    }
    updateState();
}

QVariantMap SchedulePanel::formValues() const
{
    QVariantMap v = m_binder->values();
    v.insert(rf::periodYears, intOrNull(m_years->value()));
    v.insert(rf::periodMonths, intOrNull(m_months->value()));
    v.insert(rf::periodDays, intOrNull(m_days->value()));
    return v;
}

QVariantMap SchedulePanel::changes() const
{
    QVariantMap c = m_binder->changes();
    const QVariantMap values = formValues();
    for (auto it = m_periodBaseline.cbegin(); it != m_periodBaseline.cend(); ++it)
        if (!sameFieldValue(values.value(it.key()), it.value()))
            c.insert(it.key(), values.value(it.key()));
    return c;
}

bool SchedulePanel::hasUnappliedChanges() const
{
    return m_record && !changes().isEmpty();
}

void SchedulePanel::updateState()
{
    const bool readOnly = m_editor.isReadOnly();
    const bool has = m_record.has_value();
    const bool fixed = m_periodKind->currentData().toString() == retentionPeriodKind::fixed;
    for (QSpinBox *box : {m_years, m_months, m_days})
        box->setEnabled(has && fixed && !readOnly);
    QList<ValidationLabel::Message> messages;
    if (has)
        for (const RetentionIssue &issue : validateRetentionClass(formValues()))
            messages << ValidationLabel::Message{ValidationLabel::Severity::Error, issue.message};
    m_issues->setMessages(messages);
    m_issues->setVisible(!messages.isEmpty());
    const bool dirty = hasUnappliedChanges();
    m_apply->setEnabled(!readOnly && dirty && !m_issues->hasErrors());
    m_revert->setEnabled(!readOnly && dirty);
    m_binder->setReadOnly(readOnly || !has);
    m_new->setEnabled(!readOnly);
    m_starter->setEnabled(!readOnly);
    m_delete->setEnabled(!readOnly && has);
}

qint64 SchedulePanel::addClass()
{
    if (m_editor.isReadOnly() || !settle())
        return 0;
    // Under the function and activity of the class in view: the likeliest place for the next.
    const QVariantMap values{{rf::function, m_record ? m_record->value(rf::function)
                                                     : RetentionUiTr::tr("New function")},
                             {rf::activity, m_record ? m_record->value(rf::activity)
                                                     : RetentionUiTr::tr("New activity")},
                             {rf::description, RetentionUiTr::tr("New records")},
                             {rf::periodKind, retentionPeriodKind::fixed},
                             {rf::periodYears, 6},
                             {rf::disposalAction, retentionAction::destroy},
                             {rf::authorityKind, retentionAuthority::businessNeed}};
    const auto id =
        m_editor.create(kinds::retentionClass(), values, RetentionUiTr::tr("Add retention class"));
    if (!id)
        return 0;
    reload();
    selectClass(*id);
    m_description->setFocus(Qt::OtherFocusReason);
    m_description->selectAll();
    return *id;
}

bool SchedulePanel::apply()
{
    if (!m_record || m_editor.isReadOnly())
        return false;
    const QVariantMap c = changes();
    if (c.isEmpty())
        return true;
    const QList<RetentionIssue> issues = validateRetentionClass(formValues());
    if (!issues.isEmpty()) {
        updateState();
        return false;
    }
    const qint64 id = m_record->id;
    if (!m_editor.update(kinds::retentionClass(), id, c,
                         RetentionUiTr::tr("Edit %1").arg(m_record->ref)))
        return false;
    display(m_editor.workspace().records().get(kinds::retentionClass(), id));
    reload();
    return true;
}

void SchedulePanel::revert()
{
    display(m_record ? m_editor.workspace().records().get(kinds::retentionClass(), m_record->id)
                     : std::nullopt);
}

bool SchedulePanel::settle()
{
    if (!hasUnappliedChanges())
        return true;
    const auto answer = Dialogs::question(
        this, RetentionUiTr::tr("Unapplied Changes"),
        RetentionUiTr::tr("%1 has changes that are not applied yet. Apply them now?")
            .arg(m_record->ref),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Apply)
        return apply();
    revert();
    return true;
}

bool SchedulePanel::deleteCurrent()
{
    if (!m_record || m_editor.isReadOnly())
        return false;
    const QSqlDatabase db = m_editor.workspace().database();
    const int users =
        sql::scalar(db,
                    QStringLiteral("SELECT (SELECT count(*) FROM assets WHERE retention_class_id = "
                                   "?) + (SELECT count(*) FROM activities WHERE "
                                   "retention_class_id = ?)"),
                    {m_record->id, m_record->id})
            .toInt();
    if (users > 0) {
        Dialogs::information(this, RetentionUiTr::tr("Delete Retention Class"),
                             RetentionUiTr::tr("%1 is used by %2 asset(s) or processing "
                                               "activities. Give them another class first; the "
                                               "Checks tab lists what uses which class.")
                                 .arg(m_record->ref)
                                 .arg(users));
        return false;
    }
    if (Dialogs::question(this, RetentionUiTr::tr("Delete Retention Class"),
                          RetentionUiTr::tr("Delete %1? You can bring it back with Edit > Undo.")
                              .arg(classTitle(*m_record)),
                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return false;
    const qint64 id = m_record->id;
    display(std::nullopt);
    if (!m_editor.remove(kinds::retentionClass(), id, RetentionUiTr::tr("Delete retention class")))
        return false;
    reload();
    return true;
}

int SchedulePanel::installStarter()
{
    if (m_editor.isReadOnly() || !settle())
        return -1;
    const StarterSchedule &starter = StarterSchedule::builtIn();
    if (Dialogs::question(
            this, RetentionUiTr::tr("Install Starter Schedule"),
            RetentionUiTr::tr("Add the classes of \u201c%1\u201d (version %2, %3 classes) that the "
                              "schedule does not have yet? Classes you already have are left as "
                              "they are; the new ones are yours to edit.\n\n%4")
                .arg(starter.title, starter.version)
                .arg(starter.classes.size())
                .arg(starter.source),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes)
        return -1;
    QString error;
    const auto result = installStarterSchedule(m_editor.workspace(), starter, &error);
    if (!result) {
        Dialogs::warning(this, RetentionUiTr::tr("Starter Schedule Not Installed"), error);
        return -1;
    }
    reload();
    Dialogs::information(this, RetentionUiTr::tr("Starter Schedule Installed"),
                         RetentionUiTr::tr("%1 class(es) added; %2 were already in the schedule.")
                             .arg(result->added)
                             .arg(result->skipped));
    return result->added;
}

} // namespace igw
