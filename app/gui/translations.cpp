#include "gui/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace igw {

void installTranslators(QCoreApplication &app)
{
    const QLocale locale;
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    // Compiled catalogues are embedded by qt_add_translations under :/i18n.
    auto *own = new QTranslator(&app);
    // Without a catalogue for the user's language, the English one still supplies the
    // singular and plural forms of counted messages ("1 asset", "2 assets").
    if (own->load(locale, QStringLiteral("igworkbench"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral("igworkbench_en_GB"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
}

} // namespace igw
