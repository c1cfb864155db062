// SPDX-License-Identifier: GPL-3.0-or-later
#include "signingpaths.h"

#include <QStringList>

#include "core/setting.h"
#include "package/keystore.h"

namespace gd::signing {
namespace {

const Setting<QString> kKeyFolder{"Signing/KeyFolder", {}};
const Setting<QString> kTrustStore{"Signing/TrustStore", {}};

} // namespace

QString keyFolderPath()
{
    const QString path = kKeyFolder.value();
    return path.isEmpty() ? package::KeyFolder::defaultPath() : path;
}

void setKeyFolderPath(const QString &path)
{
    if (path.isEmpty())
        kKeyFolder.reset();
    else
        kKeyFolder.setValue(path);
}

QString trustStorePath()
{
    const QString path = kTrustStore.value();
    return path.isEmpty() ? package::TrustStore::defaultPath() : path;
}

void setTrustStorePath(const QString &path)
{
    if (path.isEmpty())
        kTrustStore.reset();
    else
        kTrustStore.setValue(path);
}

QString groupedFingerprint(const QString &hex, int groupsPerLine)
{
    QString text;
    int n = 0;
    for (qsizetype i = 0; i < hex.size(); i += 4, ++n) {
        if (n > 0)
            text +=
                groupsPerLine > 0 && n % groupsPerLine == 0 ? QLatin1Char('\n') : QLatin1Char(' ');
        text += hex.mid(i, 4);
    }
    return text;
}

} // namespace gd::signing
