// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QSettings>
#include <QString>
#include <QVariant>

namespace gd {

/**
 * One typed value in QSettings with its default, declared where it is used
 * (qBittorrent's SettingValue, Tiled's Preference<T>).
 */
template <typename T> class Setting final
{
public:
    Setting(const char *key, T defaultValue)
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    {}

    T value() const
    {
        const QVariant stored = QSettings().value(m_key);
        if (!stored.isValid() || !stored.canConvert<T>())
            return m_default;
        return stored.value<T>();
    }
    void setValue(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }
    bool isSet() const { return QSettings().contains(m_key); }
    void reset() const { QSettings().remove(m_key); }
    QString key() const { return m_key; }

private:
    QString m_key;
    T m_default;
};

} // namespace gd
