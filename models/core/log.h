// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

namespace gd::log {

enum class Level
{
    Debug,
    Info,
    Warning,
    Error
};

/**
 * Sets up logging: a rotating file in @p directory (created if needed) and, when
 * @p console is set, stderr at warning level (debug when @p verbose). Safe to call again; without a
 * call, messages go to stderr only. Never pass passphrases, keys or applicants' personal data to
 * these functions.
 */
void init(const QString &directory, bool verbose = false, bool console = true);
QString logFilePath();

void debug(const QString &message);
void info(const QString &message);
void warning(const QString &message);
void error(const QString &message);

/** Re-emits every log record as a Qt signal, for a log panel in the GUI. */
class Relay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Relay)

public:
    static Relay *instance();

signals:
    void record(gd::log::Level level, const QString &message);

private:
    Relay() = default;
};

} // namespace gd::log
