#pragma once

#include <QString>

namespace igw::cnil {

// Rich text from a file we did not write (the CNIL PIA tool's answers, measures and
// evaluations) reduced to what a DPIA answer may hold: p, br, ul, ol, li, strong, b, em, i,
// u, h1-h4, table, tr, td, th and a with an http(s) or mailto href. Every attribute but
// that href goes (so no event handlers, styles or classes); script, style, iframe, object,
// svg and the like go with their content; img, link and other elements that would fetch
// something go; other tags (div, span, font...) are unwrapped, a div becoming a paragraph.
// The result is well formed: every tag it opens it closes, nesting at most 64 deep.
QString sanitiseHtml(const QString &html);

// The text of rich text for a plain-text field: tags dropped (and the content of script,
// style...), entities decoded, paragraphs and line breaks kept as new lines, list items
// as "• ", runs of spaces collapsed.
QString htmlToPlainText(const QString &html);

// Plain text as rich text: escaped, new lines as <br/>, blank lines as paragraph breaks.
QString plainTextToHtml(const QString &text);

} // namespace igw::cnil
