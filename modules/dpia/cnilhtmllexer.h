#pragma once

#include <QString>
#include <QStringView>

#include <functional>

namespace igw::cnil {

// A tag or a run of text of HTML we did not write. A hand-written lexer rather than an HTML
// library: the input is hostile, we need only tags, text and one attribute, and every path
// through it is linear in the input.
struct HtmlToken {
    enum Kind { Text, Start, End } kind = Text;
    QString name; // lower case
    QString text; // Text: decoded
    QString href; // Start "a": the decoded href, if any
    bool selfClosing = false;
};

// Calls `visit` for each tag and run of text of `html`, in order, leaving out comments,
// doctypes and processing instructions, raw-text elements with their content (script,
// style, textarea, iframe, noscript...), the content of elements that are dropped whole
// (svg, math, object, embed, template, audio, video...) and a tag the text ends inside.
void forEachHtmlToken(const QString &html, const std::function<void(const HtmlToken &)> &visit);

// Character references decoded: numeric ones, and the named ones editors write (amp, lt,
// nbsp, eacute, rsquo...); others stay as written. NUL, surrogates and values beyond
// Unicode become U+FFFD.
QString decodeHtmlEntities(QStringView s);

} // namespace igw::cnil
