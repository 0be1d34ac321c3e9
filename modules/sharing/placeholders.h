#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

namespace igw::placeholders {

// Clause text is plain text with placeholders: {name} (letters and digits, starting with a
// letter) and the cross-references {clause:ID} and {section:ID}. Any other brace is text.
//
// Filling is one pass over the template: a value is inserted as it is and never scanned
// again, so a value holding "{purpose}" or "<b>" stays exactly that, and nothing a user typed
// can pull in another value or become markup. Reports insert the result as plain text; the
// HTML form escapes the template and every value separately.

// The placeholders a text uses, in order, without duplicates ("purpose", "clause:data.items").
QStringList namesIn(const QString &text);

// `missing(name)` gives the text for a placeholder without a value (or with a blank one);
// without it the placeholder is left as written.
using Missing = std::function<QString(const QString &name)>;
QString fill(const QString &text, const QHash<QString, QString> &values,
             const Missing &missing = {});
// The same as HTML for a rich-text view: everything escaped, values in <b> so a reader sees
// what came from the agreement.
QString fillHtml(const QString &text, const QHash<QString, QString> &values,
                 const Missing &missing = {});

} // namespace igw::placeholders
