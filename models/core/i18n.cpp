// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gd::i18n {

QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested.startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                         : QStringLiteral("zh_CN");
    const QString env = qEnvironmentVariable("GRANTDESK_LANG");
    if (!env.isEmpty())
        return chooseLanguage(env);
    const QString setting = QSettings().value(QStringLiteral("General/Language")).toString();
    if (!setting.isEmpty())
        return chooseLanguage(setting);
    return QStringLiteral("zh_CN"); // Chinese first, on every locale unless asked otherwise
}

bool englishInUse()
{
    return QLocale().language() == QLocale::English;
}

bool install(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *own = new QTranslator(app);
    const bool loaded = own->load(QStringLiteral(":/i18n/grantdesk_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator(app);
        if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    QLocale::setDefault(QLocale(language));
    return loaded;
}

} // namespace gd::i18n
