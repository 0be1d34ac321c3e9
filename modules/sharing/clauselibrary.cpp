#include "sharing/clauselibrary.h"

#include "sharing/placeholders.h"
#include "sharing/sharingtr.h"
#include "workspace/sql.h"
#include "workspace/transaction.h"
#include "workspace/versioneddata.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace igw {

namespace {

// Limits for a library read from outside: generous for a real agreement, small enough that a
// hostile file cannot make every agreement carry megabytes of text.
constexpr qsizetype maxSections = 40;
constexpr qsizetype maxClausesPerSection = 60;
constexpr qsizetype maxSubClauses = 30;
constexpr qsizetype maxIdLength = 64;
constexpr qsizetype maxTitleLength = 300;
constexpr qsizetype maxTextLength = 4000;

const QString formatTag = QStringLiteral("igw-sharing-clause-library");
const versionedData::Keys metaKeys{QStringLiteral("sharing_clause_library:"),
                                   QStringLiteral("sharing_clause_library_current")};

bool isValidId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]*$"));
    return !id.isEmpty() && id.size() <= maxIdLength && pattern.match(id).hasMatch();
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// An optional string member; false (with *error) when it is there but not a string or too
// long.
bool readText(const QJsonObject &object, const QString &key, qsizetype limit, const QString &where,
              QString *out, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        out->clear();
        return true;
    }
    if (!value.isString())
        return fail(error, SharingTr::tr("%1: \"%2\" must be text.").arg(where, key));
    *out = value.toString().trimmed();
    if (out->size() > limit)
        return fail(error, SharingTr::tr("%1: \"%2\" is longer than %3 characters; shorten it.")
                               .arg(where, key)
                               .arg(limit));
    return true;
}

class Parser {
public:
    explicit Parser(QString *error)
        : m_error(error)
    {
    }

    std::optional<ClauseLibrary> parse(const QJsonObject &root)
    {
        if (root.value(QStringLiteral("format")).toString() != formatTag) {
            fail(m_error, SharingTr::tr("This is not a clause library: \"format\" must be "
                                        "\"%1\".")
                              .arg(formatTag));
            return std::nullopt;
        }
        ClauseLibrary lib;
        const QString top = SharingTr::tr("The clause library");
        if (!readText(root, QStringLiteral("version"), maxIdLength, top, &lib.version, m_error) ||
            !readText(root, QStringLiteral("title"), maxTitleLength, top, &lib.title, m_error))
            return std::nullopt;
        if (!isValidId(lib.version)) {
            fail(m_error, SharingTr::tr("The clause library needs a \"version\" of letters, "
                                        "digits, dots, hyphens or underscores (at most %1 "
                                        "characters).")
                              .arg(maxIdLength));
            return std::nullopt;
        }
        const QJsonValue sections = root.value(QStringLiteral("sections"));
        if (!sections.isArray() || sections.toArray().isEmpty()) {
            fail(m_error, SharingTr::tr("The clause library has no \"sections\" list."));
            return std::nullopt;
        }
        if (sections.toArray().size() > maxSections) {
            fail(m_error, SharingTr::tr("The clause library has %1 sections; at most %2 are "
                                        "allowed.")
                              .arg(sections.toArray().size())
                              .arg(maxSections));
            return std::nullopt;
        }
        int n = 0;
        for (const QJsonValue &v : sections.toArray()) {
            auto section = parseSection(v, ++n);
            if (!section)
                return std::nullopt;
            lib.sections.append(*section);
        }
        // Cross-references are checked once every id is known.
        for (const auto &[where, text] : std::as_const(m_texts)) {
            for (const QString &name : placeholders::namesIn(text)) {
                const qsizetype colon = name.indexOf(u':');
                if (colon < 0) {
                    if (!placeholderNames().contains(name)) {
                        fail(m_error,
                             SharingTr::tr("%1 uses the unknown placeholder {%2}; use "
                                           "one of: %3.")
                                 .arg(where, name, placeholderNames().join(QStringLiteral(", "))));
                        return std::nullopt;
                    }
                    continue;
                }
                const QString kind = name.left(colon);
                const QString id = name.mid(colon + 1);
                const bool known = kind == QLatin1String("clause") ? m_clauseIds.contains(id)
                                                                   : m_sectionIds.contains(id);
                if (!known) {
                    fail(m_error, SharingTr::tr("%1 refers to {%2}, but the library has no %3 "
                                                "with the id \"%4\".")
                                      .arg(where, name, kind, id));
                    return std::nullopt;
                }
            }
        }
        return lib;
    }

private:
    std::optional<LibrarySection> parseSection(const QJsonValue &value, int n)
    {
        QString where = SharingTr::tr("Section %1").arg(n);
        if (!value.isObject()) {
            fail(m_error, SharingTr::tr("%1 is not a JSON object.").arg(where));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        LibrarySection s;
        if (!readText(o, QStringLiteral("id"), maxIdLength, where, &s.id, m_error) ||
            !readText(o, QStringLiteral("title"), maxTitleLength, where, &s.title, m_error))
            return std::nullopt;
        if (!isValidId(s.id) || m_sectionIds.contains(s.id)) {
            fail(m_error, SharingTr::tr("%1 needs an \"id\" of its own, of letters, digits, "
                                        "dots, hyphens or underscores.")
                              .arg(where));
            return std::nullopt;
        }
        m_sectionIds.insert(s.id);
        where = SharingTr::tr("Section %1 (%2)").arg(n).arg(s.id);
        if (s.title.isEmpty()) {
            fail(m_error, SharingTr::tr("%1 has no \"title\".").arg(where));
            return std::nullopt;
        }
        auto clauses = parseClauses(o, where, maxClausesPerSection, true);
        if (!clauses)
            return std::nullopt;
        s.clauses = *clauses;
        return s;
    }

    std::optional<QList<LibraryClause>>
    parseClauses(const QJsonObject &parent, const QString &where, qsizetype limit, bool required)
    {
        const QJsonValue list = parent.value(QStringLiteral("clauses"));
        QList<LibraryClause> out;
        if (list.isUndefined() && !required)
            return out;
        if (!list.isArray() || (required && list.toArray().isEmpty())) {
            fail(m_error, SharingTr::tr("%1 needs a \"clauses\" list.").arg(where));
            return std::nullopt;
        }
        if (list.toArray().size() > limit) {
            fail(m_error, SharingTr::tr("%1 has %2 clauses; at most %3 are allowed.")
                              .arg(where)
                              .arg(list.toArray().size())
                              .arg(limit));
            return std::nullopt;
        }
        int n = 0;
        for (const QJsonValue &v : list.toArray()) {
            QString here = SharingTr::tr("%1, clause %2").arg(where).arg(++n);
            if (!v.isObject()) {
                fail(m_error, SharingTr::tr("%1 is not a JSON object.").arg(here));
                return std::nullopt;
            }
            const QJsonObject o = v.toObject();
            LibraryClause c;
            if (!readText(o, QStringLiteral("id"), maxIdLength, here, &c.id, m_error) ||
                !readText(o, QStringLiteral("text"), maxTextLength, here, &c.text, m_error) ||
                !readText(o, QStringLiteral("when"), maxIdLength, here, &c.when, m_error))
                return std::nullopt;
            if (!isValidId(c.id) || m_clauseIds.contains(c.id)) {
                fail(m_error, SharingTr::tr("%1 needs an \"id\" of its own, of letters, digits, "
                                            "dots, hyphens or underscores.")
                                  .arg(here));
                return std::nullopt;
            }
            m_clauseIds.insert(c.id);
            here = SharingTr::tr("%1 (%2)").arg(here, c.id);
            if (c.text.isEmpty()) {
                fail(m_error, SharingTr::tr("%1 has no \"text\".").arg(here));
                return std::nullopt;
            }
            if (!c.when.isEmpty() && !clauseConditions().contains(c.when)) {
                fail(m_error,
                     SharingTr::tr("%1: \"when\" names the unknown condition \"%2\"; use "
                                   "one of: %3.")
                         .arg(here, c.when, clauseConditions().join(QStringLiteral(", "))));
                return std::nullopt;
            }
            m_texts.append({here, c.text});
            if (required) { // a clause: one level of sub-clauses
                auto subs = parseClauses(o, here, maxSubClauses, false);
                if (!subs)
                    return std::nullopt;
                c.clauses = *subs;
            } else if (o.contains(QStringLiteral("clauses"))) {
                fail(m_error, SharingTr::tr("%1: sub-clauses cannot have sub-clauses of their own "
                                            "(numbering goes to three levels, e.g. 3.2.1).")
                                  .arg(here));
                return std::nullopt;
            }
            out.append(c);
        }
        return out;
    }

    QString *m_error;
    QSet<QString> m_sectionIds;
    QSet<QString> m_clauseIds;
    QList<std::pair<QString, QString>> m_texts; // where, text
};

} // namespace

const QStringList &placeholderNames()
{
    static const QStringList names{QStringLiteral("ourOrganisation"),
                                   QStringLiteral("parties"),
                                   QStringLiteral("partyRoles"),
                                   QStringLiteral("contacts"),
                                   QStringLiteral("title"),
                                   QStringLiteral("reference"),
                                   QStringLiteral("version"),
                                   QStringLiteral("purpose"),
                                   QStringLiteral("benefits"),
                                   QStringLiteral("dataItems"),
                                   QStringLiteral("dataSubjects"),
                                   QStringLiteral("lawfulBasis"),
                                   QStringLiteral("art9Condition"),
                                   QStringLiteral("schedule1Condition"),
                                   QStringLiteral("art10"),
                                   QStringLiteral("statutoryGateway"),
                                   QStringLiteral("informingIndividuals"),
                                   QStringLiteral("rightsHandling"),
                                   QStringLiteral("foiHandling"),
                                   QStringLiteral("complaintsHandling"),
                                   QStringLiteral("dataQuality"),
                                   QStringLiteral("security"),
                                   QStringLiteral("retentionDeletion"),
                                   QStringLiteral("breachHandling"),
                                   QStringLiteral("onwardSharing"),
                                   QStringLiteral("reviewArrangements"),
                                   QStringLiteral("variation"),
                                   QStringLiteral("termination"),
                                   QStringLiteral("startDate"),
                                   QStringLiteral("reviewDate"),
                                   QStringLiteral("endDate")};
    return names;
}

const QStringList &clauseConditions()
{
    static const QStringList conditions{
        QStringLiteral("special_category"), QStringLiteral("criminal_offence"),
        QStringLiteral("statutory_gateway"), QStringLiteral("processor"),
        QStringLiteral("joint_controller")};
    return conditions;
}

const LibrarySection *ClauseLibrary::section(const QString &id) const
{
    for (const LibrarySection &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

const LibraryClause *ClauseLibrary::clause(const QString &id) const
{
    for (const LibrarySection &s : sections)
        for (const LibraryClause &c : s.clauses) {
            if (c.id == id)
                return &c;
            for (const LibraryClause &sub : c.clauses)
                if (sub.id == id)
                    return &sub;
        }
    return nullptr;
}

QStringList ClauseLibrary::clauseIds() const
{
    QStringList ids;
    for (const LibrarySection &s : sections)
        for (const LibraryClause &c : s.clauses) {
            ids << c.id;
            for (const LibraryClause &sub : c.clauses)
                ids << sub.id;
        }
    return ids;
}

std::optional<ClauseLibrary> ClauseLibrary::fromJson(const QByteArray &json, QString *error)
{
    QString local;
    QString &err = error ? *error : local;
    if (json.size() > maxLibraryBytes) {
        err = SharingTr::tr("The clause library is %1 bytes; at most %2 are allowed. Remove "
                            "clauses you do not use or shorten them.")
                  .arg(json.size())
                  .arg(maxLibraryBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        err = SharingTr::tr("The clause library is not valid JSON at byte %1: %2.")
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        err = SharingTr::tr("The clause library must be a JSON object with \"format\", "
                            "\"version\" and \"sections\".");
        return std::nullopt;
    }
    return Parser(&err).parse(doc.object());
}

QByteArray ClauseLibrary::builtInJson()
{
    static const QByteArray json = [] {
        QFile file(QStringLiteral(":/sharing/clauses.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    return json;
}

const ClauseLibrary &ClauseLibrary::builtIn()
{
    static const ClauseLibrary library = [] {
        QString error;
        auto parsed = fromJson(builtInJson(), &error);
        // Only a broken build gets here; the tests catch it.
        if (!parsed)
            qWarning("Built-in clause library: %s", qUtf8Printable(error));
        return parsed.value_or(ClauseLibrary{});
    }();
    return library;
}

ClauseLibrary currentClauseLibrary(Workspace &workspace)
{
    if (auto library =
            clauseLibraryVersion(workspace, versionedData::currentVersion(workspace, metaKeys)))
        return *library;
    return ClauseLibrary::builtIn();
}

std::optional<ClauseLibrary> clauseLibraryVersion(Workspace &workspace, const QString &version)
{
    if (version.isEmpty())
        return std::nullopt;
    const QVariant stored = versionedData::storedJson(workspace, metaKeys, version);
    if (stored.isValid()) {
        // Stored libraries were checked when installed; a damaged one is refused, not guessed.
        QString ignored;
        if (auto library = ClauseLibrary::fromJson(stored.toString().toUtf8(), &ignored))
            return library;
    }
    if (version == ClauseLibrary::builtIn().version)
        return ClauseLibrary::builtIn();
    return std::nullopt;
}

QByteArray currentClauseLibraryJson(Workspace &workspace)
{
    const QVariant stored =
        versionedData::storedJson(workspace, metaKeys, currentClauseLibrary(workspace).version);
    return stored.isValid() ? stored.toString().toUtf8() : ClauseLibrary::builtInJson();
}

QStringList installedClauseLibraryVersions(Workspace &workspace)
{
    return versionedData::installedVersions(workspace, metaKeys);
}

bool installClauseLibrary(Workspace &workspace, const QByteArray &json, QString *error)
{
    QString local;
    QString &err = error ? *error : local;
    const auto library = ClauseLibrary::fromJson(json, &err);
    if (!library)
        return false;
    // A version is a promise: agreements drawn up with it must read back the same wording.
    versionedData::Refusal refusal = versionedData::Refusal::None;
    if (versionedData::install(workspace, metaKeys, library->version, json,
                               ClauseLibrary::builtIn().version, ClauseLibrary::builtInJson(),
                               &refusal, &err))
        return true;
    if (refusal == versionedData::Refusal::VersionTaken)
        err = SharingTr::tr("Version \"%1\" of the clause library is already installed "
                            "with different wording. Give the edited library a new "
                            "\"version\".")
                  .arg(library->version);
    else if (refusal == versionedData::Refusal::BuiltInVersion)
        err = SharingTr::tr("Version \"%1\" is the built-in clause library's. Give your "
                            "edited library its own \"version\".")
                  .arg(library->version);
    return false;
}

} // namespace igw
