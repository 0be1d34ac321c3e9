#pragma once

#include <QMap>
#include <QString>
#include <QVariant>

namespace igw {

// A DPIA's answers: stored as JSON {question id: rich text (HTML)} in dpiaField::answers.
// The editor writes HTML; pre-filling, the diff and the reports want plain text, and the
// domain must not need Qt Gui, so the conversions here are deliberately simple.
using DpiaAnswers = QMap<QString, QString>; // question id -> HTML

// Reads the stored JSON; anything that is not an object of strings is skipped.
DpiaAnswers parseAnswers(const QVariant &stored);
QString answersToJson(const DpiaAnswers &answers); // compact, keys sorted; empty answers dropped

// Plain text as HTML paragraphs (escaped; a blank line starts a new paragraph).
QString plainToHtml(const QString &plain);
// The text of an HTML answer: tags dropped, block ends as line breaks, entities decoded.
QString htmlToPlain(const QString &html);
// True when the answer holds no visible text (an editor's empty document counts as blank).
bool isBlankAnswer(const QString &html);

} // namespace igw
