#include "ropa/ropa.h"

#include "register/assets.h"
#include "ropa/activities.h"
#include "ropa/ropatr.h"
#include "workspace/directory.h"
#include "workspace/sql.h"
#include "workspace/workspace.h"

#include <QSet>

namespace igw {

namespace {

void addUnique(QStringList *list, QSet<QString> *seen, const QString &term)
{
    const QString t = term.trimmed();
    if (t.isEmpty())
        return;
    const QString key = t.toLower();
    if (seen->contains(key))
        return;
    seen->insert(key);
    list->append(t);
}

QString joinContact(const QStringList &parts)
{
    QStringList kept;
    for (const QString &p : parts) {
        const QString t = p.simplified();
        if (!t.isEmpty())
            kept << t;
    }
    return kept.join(QStringLiteral("; "));
}

struct AssetFacts {
    LinkedAsset link;
    QStringList subjects;
    QStringList data;
};

struct Lookups {
    QHash<qint64, AssetFacts> assets;
    QHash<qint64, LinkedOrganisation> organisations;
};

bool loadOrganisations(Workspace &ws, Lookups *lookups, QString *error)
{
    bool ok = false;
    const auto rows =
        sql::rows(ws.database(),
                  QStringLiteral("SELECT id, ref, name, address, email, phone, ico_registration"
                                 " FROM organisations"),
                  {}, error, &ok);
    for (const QVariantList &r : rows) {
        LinkedOrganisation o;
        o.id = r.at(0).toLongLong();
        o.ref = r.at(1).toString();
        o.name = r.at(2).toString();
        o.contact = joinContact({r.at(3).toString(), r.at(4).toString(), r.at(5).toString()});
        o.icoRegistration = r.at(6).toString();
        lookups->organisations.insert(o.id, o);
    }
    return ok;
}

bool loadAssets(Workspace &ws, const QString &idCondition, const QVariantList &binds,
                Lookups *lookups, QString *error)
{
    bool ok = false;
    const auto rows = sql::rows(
        ws.database(),
        QStringLiteral("SELECT id, ref, name, data_subject_categories, personal_data_categories,"
                       " special_category, criminal_offence, art9_condition FROM assets WHERE ") +
            idCondition,
        binds, error, &ok);
    for (const QVariantList &r : rows) {
        AssetFacts a;
        a.link.id = r.at(0).toLongLong();
        a.link.ref = r.at(1).toString();
        a.link.name = r.at(2).toString();
        a.subjects = splitTerms(r.at(3).toString());
        a.data = splitTerms(r.at(4).toString());
        a.link.specialCategory = r.at(5).toInt() == 1;
        a.link.criminalOffence = r.at(6).toInt() == 1;
        a.link.art9Condition = r.at(7).toString();
        lookups->assets.insert(a.link.id, a);
    }
    return ok;
}

bool filled(const ActivityView &v, const QString &field)
{
    return !v.record.value(field).toString().trimmed().isEmpty();
}

// The Art. 30 and Schedule 1 items this activity must record, and which are missing.
void assess(ActivityView *v)
{
    using namespace activityField;
    v->gaps.clear();
    v->requiredItems = 0;
    const auto need = [v](bool ok, const QString &field, const QString &citation) {
        ++v->requiredItems;
        if (!ok)
            v->gaps.append({field, activityFieldLabel(field), citation});
    };
    const bool transfers = v->value(internationalTransfers) == QLatin1String("1");
    if (v->isProcessor()) {
        need(!v->controllers.isEmpty() || filled(*v, controllerDetails), controllerOrgIds,
             RopaTr::tr("UK GDPR Art. 30(2)(a)"));
        need(filled(*v, processingCategories), processingCategories,
             RopaTr::tr("UK GDPR Art. 30(2)(b)"));
        need(filled(*v, internationalTransfers), internationalTransfers,
             RopaTr::tr("UK GDPR Art. 30(2)(c)"));
        if (transfers) {
            need(filled(*v, thirdCountries), thirdCountries, RopaTr::tr("UK GDPR Art. 30(2)(c)"));
            need(filled(*v, transferSafeguard), transferSafeguard,
                 RopaTr::tr("UK GDPR Art. 30(2)(c)"));
        }
        need(filled(*v, securityMeasures), securityMeasures, RopaTr::tr("UK GDPR Art. 30(2)(d)"));
        return;
    }
    need(filled(*v, purpose), purpose, RopaTr::tr("UK GDPR Art. 30(1)(b)"));
    need(!v->subjects.effective().isEmpty(), subjectCategoriesExtra,
         RopaTr::tr("UK GDPR Art. 30(1)(c)"));
    need(!v->data.effective().isEmpty(), dataCategoriesExtra, RopaTr::tr("UK GDPR Art. 30(1)(c)"));
    need(!v->recipientTexts().isEmpty(), recipientCategories, RopaTr::tr("UK GDPR Art. 30(1)(d)"));
    need(filled(*v, internationalTransfers), internationalTransfers,
         RopaTr::tr("UK GDPR Art. 30(1)(e)"));
    if (transfers) {
        need(filled(*v, thirdCountries), thirdCountries, RopaTr::tr("UK GDPR Art. 30(1)(e)"));
        need(filled(*v, transferSafeguard), transferSafeguard,
             RopaTr::tr("UK GDPR Art. 30(1)(e), Art. 46, Art. 49"));
    }
    need(filled(*v, retentionSchedule), retentionSchedule, RopaTr::tr("UK GDPR Art. 30(1)(f)"));
    need(filled(*v, securityMeasures), securityMeasures, RopaTr::tr("UK GDPR Art. 30(1)(g)"));
    need(filled(*v, lawfulBasis), lawfulBasis, RopaTr::tr("UK GDPR Art. 6(1)"));
    if (v->value(lawfulBasis) == QLatin1String("legitimate_interests"))
        need(filled(*v, legitimateInterests), legitimateInterests,
             RopaTr::tr("UK GDPR Art. 6(1)(f), Art. 13(1)(d)"));
    if (v->specialCategory)
        need(!v->art9Condition.isEmpty(), art9Condition, RopaTr::tr("UK GDPR Art. 9(2)"));
    // Schedule 1 para 41: the record kept when relying on a Schedule 1 condition.
    if ((v->specialCategory &&
         (v->art9Condition.isEmpty() || art9NeedsSchedule1(v->art9Condition))) ||
        v->criminalOffence) {
        need(filled(*v, schedule1Condition), schedule1Condition,
             RopaTr::tr("DPA 2018 Sch. 1 para 41(a)"));
        need(filled(*v, erasurePolicy), erasurePolicy,
             RopaTr::tr("DPA 2018 Sch. 1 paras 39 and 41(c)"));
        need(filled(*v, retainedPerPolicy), retainedPerPolicy,
             RopaTr::tr("DPA 2018 Sch. 1 para 41(c)"));
        if (v->value(retainedPerPolicy) == QLatin1String("0"))
            need(filled(*v, policyDeviation), policyDeviation,
                 RopaTr::tr("DPA 2018 Sch. 1 para 41(c)"));
    }
}

ActivityView resolve(const Record &record, const Lookups &lookups)
{
    using namespace activityField;
    ActivityView v;
    v.record = record;
    v.subjects.extra = splitTerms(record.value(subjectCategoriesExtra).toString());
    v.subjects.excluded = splitTerms(record.value(subjectCategoriesExcluded).toString());
    v.data.extra = splitTerms(record.value(dataCategoriesExtra).toString());
    v.data.excluded = splitTerms(record.value(dataCategoriesExcluded).toString());
    QSet<QString> seenSubjects;
    QSet<QString> seenData;
    for (qint64 id : linkIds(record.value(assetIds))) {
        const auto it = lookups.assets.constFind(id);
        if (it == lookups.assets.cend()) {
            v.missingLinks << RopaTr::tr("asset %1").arg(id);
            continue;
        }
        v.assets << it->link;
        for (const QString &t : it->subjects) {
            addUnique(&v.subjects.proposed, &seenSubjects, t);
            v.subjects.sources[t.trimmed().toLower()] << it->link.ref;
        }
        for (const QString &t : it->data) {
            addUnique(&v.data.proposed, &seenData, t);
            v.data.sources[t.trimmed().toLower()] << it->link.ref;
        }
        v.specialCategory = v.specialCategory || it->link.specialCategory;
        v.criminalOffence = v.criminalOffence || it->link.criminalOffence;
        if (v.art9Condition.isEmpty() && it->link.specialCategory &&
            !it->link.art9Condition.isEmpty()) {
            v.art9Condition = it->link.art9Condition;
            v.art9FromAssets = true;
        }
    }
    const auto orgs = [&](const QString &field, QList<LinkedOrganisation> *out) {
        for (qint64 id : linkIds(record.value(field))) {
            const auto it = lookups.organisations.constFind(id);
            if (it == lookups.organisations.cend())
                v.missingLinks << RopaTr::tr("organisation %1").arg(id);
            else
                out->append(*it);
        }
    };
    orgs(recipientOrgIds, &v.recipients);
    orgs(controllerOrgIds, &v.controllers);
    v.specialCategory = v.specialCategory || record.value(specialCategory).toInt() == 1;
    v.criminalOffence = v.criminalOffence || record.value(criminalOffence).toInt() == 1;
    if (!record.value(art9Condition).toString().isEmpty()) {
        v.art9Condition = record.value(art9Condition).toString();
        v.art9FromAssets = false;
    }
    assess(&v);
    return v;
}

RopaHeader loadHeader(Workspace &ws, const Lookups &lookups)
{
    RopaHeader h;
    const auto self = ws.records().get(kinds::organisation(), ws.selfOrganisationId());
    if (self) {
        h.controllerName = self->value(orgField::name).toString();
        h.controllerContact = lookups.organisations.value(self->id).contact;
        h.icoRegistration = self->value(orgField::icoRegistration).toString();
        h.representative = self->value(orgField::representative).toString();
        if (const auto dpo = ws.records().get(kinds::person(),
                                              self->value(orgField::dpoPersonId).toLongLong())) {
            h.dpoName = dpo->value(personField::name).toString();
            h.dpoContact = joinContact({dpo->value(personField::email).toString(),
                                        dpo->value(personField::phone).toString()});
        }
    }
    const auto need = [&h](bool ok, const QString &field, const QString &item) {
        ++h.requiredItems;
        if (!ok)
            h.gaps.append({field, item, RopaTr::tr("UK GDPR Art. 30(1)(a)")});
    };
    need(!h.controllerName.isEmpty(), orgField::name, RopaTr::tr("Controller's name"));
    need(!h.controllerContact.isEmpty(), orgField::address,
         RopaTr::tr("Controller's contact details"));
    need(!h.dpoName.isEmpty(), orgField::dpoPersonId,
         RopaTr::tr("Data protection officer (public authorities must designate one, Art. 37)"));
    if (!h.dpoName.isEmpty())
        need(!h.dpoContact.isEmpty(), orgField::dpoPersonId,
             RopaTr::tr("Data protection officer's contact details"));
    return h;
}

} // namespace

QStringList ActivityCategories::effective() const
{
    QStringList out;
    QSet<QString> seen;
    for (const QString &t : excluded)
        seen.insert(t.trimmed().toLower());
    for (const QString &t : proposed)
        addUnique(&out, &seen, t);
    for (const QString &t : extra) {
        // An own term is kept even if the same word was struck out from the proposals.
        const QString key = t.trimmed().toLower();
        if (!out.contains(t.trimmed(), Qt::CaseInsensitive)) {
            seen.remove(key);
            addUnique(&out, &seen, t);
        }
    }
    return out;
}

bool ActivityCategories::isExcluded(const QString &term) const
{
    return excluded.contains(term.trimmed(), Qt::CaseInsensitive);
}

bool ActivityView::isProcessor() const
{
    return record.value(activityField::role).toString() == QLatin1String("processor");
}

QStringList ActivityView::recipientTexts() const
{
    QStringList out;
    for (const LinkedOrganisation &o : recipients)
        out << o.name;
    out += splitTerms(record.value(activityField::recipientCategories).toString());
    return out;
}

int Ropa::requiredItems() const
{
    int n = header.requiredItems;
    for (const ActivityView &a : activities)
        n += a.requiredItems;
    return n;
}

int Ropa::missingItems() const
{
    qsizetype n = header.gaps.size();
    for (const ActivityView &a : activities)
        n += a.gaps.size();
    return int(n);
}

int Ropa::percentComplete() const
{
    const int required = requiredItems();
    if (required == 0)
        return 100;
    const int filledItems = required - missingItems();
    // Floor, so 100% is shown only when nothing is missing.
    return int((qint64(filledItems) * 100) / required);
}

int Ropa::completeActivities() const
{
    int n = 0;
    for (const ActivityView &a : activities)
        n += a.isComplete() ? 1 : 0;
    return n;
}

std::optional<Ropa> loadRopa(Workspace &workspace, QString *error, const QString &where,
                             const QVariantList &binds)
{
    Ropa ropa;
    Lookups lookups;
    QString e;
    const QList<Record> records =
        workspace.records().list(kinds::activity(), activityField::name, where, binds, &e);
    if (!e.isEmpty() ||
        !loadAssets(workspace, QStringLiteral("id IN (SELECT asset_id FROM activity_assets)"), {},
                    &lookups, &e) ||
        !loadOrganisations(workspace, &lookups, &e)) {
        if (error)
            *error = e;
        return std::nullopt;
    }
    ropa.header = loadHeader(workspace, lookups);
    ropa.activities.reserve(records.size());
    for (const Record &r : records)
        ropa.activities.append(resolve(r, lookups));
    return ropa;
}

std::optional<ActivityView> loadActivity(Workspace &workspace, qint64 id, QString *error)
{
    const auto record = workspace.records().get(kinds::activity(), id);
    if (!record) {
        if (error)
            *error = RopaTr::tr("Processing activity %1 no longer exists.").arg(id);
        return std::nullopt;
    }
    return resolveActivity(workspace, *record);
}

ActivityView resolveActivity(Workspace &workspace, const Record &record)
{
    Lookups lookups;
    QString ignored;
    const QList<qint64> ids = linkIds(record.value(activityField::assetIds));
    if (!ids.isEmpty()) {
        QStringList marks;
        QVariantList binds;
        for (qint64 id : ids) {
            marks << QStringLiteral("?");
            binds << id;
        }
        loadAssets(workspace, QStringLiteral("id IN (%1)").arg(marks.join(QLatin1Char(','))), binds,
                   &lookups, &ignored);
    }
    loadOrganisations(workspace, &lookups, &ignored);
    return resolve(record, lookups);
}

QString activityFieldLabel(const QString &field)
{
    using namespace activityField;
    static const QHash<QString, const char *> labels{
        {role, QT_TRANSLATE_NOOP("igw::ropa", "Role")},
        {name, QT_TRANSLATE_NOOP("igw::ropa", "Processing activity")},
        {businessFunction, QT_TRANSLATE_NOOP("igw::ropa", "Business function")},
        {purpose, QT_TRANSLATE_NOOP("igw::ropa", "Purpose of processing")},
        {jointController, QT_TRANSLATE_NOOP("igw::ropa", "Joint controller")},
        {subjectCategoriesExtra, QT_TRANSLATE_NOOP("igw::ropa", "Categories of individuals")},
        {subjectCategoriesExcluded,
         QT_TRANSLATE_NOOP("igw::ropa", "Categories of individuals struck out")},
        {dataCategoriesExtra, QT_TRANSLATE_NOOP("igw::ropa", "Categories of personal data")},
        {dataCategoriesExcluded,
         QT_TRANSLATE_NOOP("igw::ropa", "Categories of personal data struck out")},
        {recipientCategories, QT_TRANSLATE_NOOP("igw::ropa", "Categories of recipients")},
        {processorContract, QT_TRANSLATE_NOOP("igw::ropa", "Link to contract with processor")},
        {internationalTransfers,
         QT_TRANSLATE_NOOP("igw::ropa", "Transfers outside the UK (yes or no)")},
        {thirdCountries,
         QT_TRANSLATE_NOOP("igw::ropa", "Third countries or international organisations")},
        {transferSafeguard, QT_TRANSLATE_NOOP("igw::ropa", "Transfer safeguards")},
        {retentionSchedule, QT_TRANSLATE_NOOP("igw::ropa", "Retention schedule")},
        {securityMeasures,
         QT_TRANSLATE_NOOP("igw::ropa", "Technical and organisational security measures")},
        {lawfulBasis, QT_TRANSLATE_NOOP("igw::ropa", "Article 6 lawful basis")},
        {art9Condition, QT_TRANSLATE_NOOP("igw::ropa", "Article 9 condition")},
        {legitimateInterests, QT_TRANSLATE_NOOP("igw::ropa", "Legitimate interests")},
        {liaLink, QT_TRANSLATE_NOOP("igw::ropa", "Link to legitimate interests assessment")},
        {rightsAvailable, QT_TRANSLATE_NOOP("igw::ropa", "Rights available to individuals")},
        {automatedDecisions,
         QT_TRANSLATE_NOOP("igw::ropa", "Automated decision-making, including profiling")},
        {dataSource, QT_TRANSLATE_NOOP("igw::ropa", "Source of the personal data")},
        {consentLink, QT_TRANSLATE_NOOP("igw::ropa", "Link to record of consent")},
        {dataLocation, QT_TRANSLATE_NOOP("igw::ropa", "Location of personal data")},
        {dpiaRequired, QT_TRANSLATE_NOOP("igw::ropa", "DPIA required")},
        {dpiaProgress, QT_TRANSLATE_NOOP("igw::ropa", "DPIA progress")},
        {dpiaLink, QT_TRANSLATE_NOOP("igw::ropa", "Link to the DPIA")},
        {breachOccurred, QT_TRANSLATE_NOOP("igw::ropa", "Personal data breach occurred")},
        {breachLink, QT_TRANSLATE_NOOP("igw::ropa", "Link to record of breach")},
        {specialCategory, QT_TRANSLATE_NOOP("igw::ropa", "Special category data")},
        {criminalOffence, QT_TRANSLATE_NOOP("igw::ropa", "Criminal offence data")},
        {schedule1Condition, QT_TRANSLATE_NOOP("igw::ropa", "Schedule 1 condition")},
        {erasurePolicy,
         QT_TRANSLATE_NOOP("igw::ropa", "Link to retention and erasure policy document")},
        {retainedPerPolicy,
         QT_TRANSLATE_NOOP("igw::ropa", "Retained and erased in line with the policy")},
        {policyDeviation, QT_TRANSLATE_NOOP("igw::ropa", "Reasons for not following the policy")},
        {processingCategories,
         QT_TRANSLATE_NOOP("igw::ropa", "Categories of processing for each controller")},
        {controllerDetails,
         QT_TRANSLATE_NOOP("igw::ropa", "Controllers' representatives and DPOs")},
        {lastReview, QT_TRANSLATE_NOOP("igw::ropa", "Last reviewed")},
        {notes, QT_TRANSLATE_NOOP("igw::ropa", "Notes")},
        {assetIds, QT_TRANSLATE_NOOP("igw::ropa", "Assets used")},
        {recipientOrgIds, QT_TRANSLATE_NOOP("igw::ropa", "Recipient organisations")},
        {controllerOrgIds, QT_TRANSLATE_NOOP("igw::ropa", "Controllers we act for")}};
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : RopaTr::tr(it.value());
}

QString activityDisplayValue(const QString &field, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    if (const Choices *list = choices::forActivityField(field))
        return choices::label(*list, text);
    return text;
}

} // namespace igw
