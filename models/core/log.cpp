// SPDX-License-Identifier: GPL-3.0-or-later
#include "log.h"

#include <memory>
#include <mutex>

#include <QDir>
#include <QMetaObject>

#include "core/privatefiles.h"

#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace gd::log {
namespace {

constexpr std::size_t kMaxFileSize = 5 * 1024 * 1024;
constexpr std::size_t kMaxFiles = 3;

class RelaySink final : public spdlog::sinks::base_sink<std::mutex>
{
protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        Level level = Level::Info;
        switch (msg.level) {
        case spdlog::level::trace:
        case spdlog::level::debug:
            level = Level::Debug;
            break;
        case spdlog::level::warn:
            level = Level::Warning;
            break;
        case spdlog::level::err:
        case spdlog::level::critical:
            level = Level::Error;
            break;
        default:
            break;
        }
        const QString text =
            QString::fromUtf8(msg.payload.data(), static_cast<qsizetype>(msg.payload.size()));
        emit Relay::instance()->record(level, text);
    }
    void flush_() override {}
};

std::mutex g_mutex;
std::shared_ptr<spdlog::logger> g_logger;
QString g_path;

std::shared_ptr<spdlog::logger> logger()
{
    std::lock_guard lock(g_mutex);
    if (!g_logger) {
        auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        console->set_level(spdlog::level::warn);
        g_logger = std::make_shared<spdlog::logger>("grantdesk", console);
        g_logger->set_level(spdlog::level::info);
    }
    return g_logger;
}

void write(spdlog::level::level_enum level, const QString &message)
{
    logger()->log(level, "{}", message.toStdString());
}

} // namespace

Relay *Relay::instance()
{
    static Relay relay;
    return &relay;
}

void init(const QString &directory, bool verbose, bool console)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (console || verbose) {
        auto stderrSink = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        stderrSink->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(stderrSink);
    }
    QString path;
    if (!directory.isEmpty() && files::makePrivateFolder(directory)) {
        path = QDir(directory).filePath(QStringLiteral("grantdesk.log"));
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                path.toStdString(), kMaxFileSize, kMaxFiles);
            file->set_level(spdlog::level::debug);
            // The log names officers and cases: the owner's only, like the database.
            files::makePrivate(path);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex &) {
            path.clear(); // a read-only home must not stop the program; stderr still works
        }
    }
    sinks.push_back(std::make_shared<RelaySink>());
    auto next = std::make_shared<spdlog::logger>("grantdesk", sinks.begin(), sinks.end());
    next->set_level(spdlog::level::debug);
    next->set_pattern("%Y-%m-%d %H:%M:%S.%e [%l] %v");
    next->flush_on(spdlog::level::info);
    std::lock_guard lock(g_mutex);
    g_logger = next;
    g_path = path;
}

QString logFilePath()
{
    std::lock_guard lock(g_mutex);
    return g_path;
}

void debug(const QString &message)
{
    write(spdlog::level::debug, message);
}
void info(const QString &message)
{
    write(spdlog::level::info, message);
}
void warning(const QString &message)
{
    write(spdlog::level::warn, message);
}
void error(const QString &message)
{
    write(spdlog::level::err, message);
}

} // namespace gd::log
