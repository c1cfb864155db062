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

QString fileSize(qint64 bytes, const QLocale &locale)
{
    if (bytes < 1024)
        return QStringLiteral("%1 B").arg(locale.toString(bytes));
    static const char *const units[] = {"KB", "MB", "GB", "TB"};
    double value = double(bytes) / 1024.0;
    int unit = 0;
    while (value >= 1024.0 && unit < 3) {
        value /= 1024.0;
        ++unit;
    }
    return QStringLiteral("%1 %2").arg(locale.toString(value, 'f', 1), QLatin1String(units[unit]));
}

} // namespace gd::i18n
