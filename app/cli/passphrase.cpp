// SPDX-License-Identifier: GPL-3.0-or-later
#include "passphrase.h"

#include <cerrno>
#include <csignal>
#include <cstring>

#include <termios.h>
#include <unistd.h>

#include "package/keyprotection.h"

namespace gd::cli {
namespace {

// The terminal settings to restore if the user interrupts while echo is off.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOff = 0;

extern "C" void restoreTerminalAndExit(int signal)
{
    if (g_echoOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &g_savedTerminal);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/** One line from the terminal without echo; nullopt at end of input or on a read error. */
std::optional<QByteArray> readHiddenLine(Context &ctx, const QString &prompt)
{
    struct termios hidden;
    if (tcgetattr(STDIN_FILENO, &g_savedTerminal) != 0)
        return std::nullopt;
    hidden = g_savedTerminal;
    hidden.c_lflag &= static_cast<tcflag_t>(~ECHO);
    hidden.c_lflag |= ECHONL;
    auto *oldInt = std::signal(SIGINT, restoreTerminalAndExit);
    auto *oldTerm = std::signal(SIGTERM, restoreTerminalAndExit);
    g_echoOff = 1;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    // The prompt only once echo is off, so that nothing typed after it can show.
    ctx.err << prompt;
    ctx.err.flush();

    QByteArray line;
    bool complete = false;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        if (c == '\n') {
            complete = true;
            break;
        }
        line.append(c);
    }
    c = 0;
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_savedTerminal);
    g_echoOff = 0;
    std::signal(SIGINT, oldInt);
    std::signal(SIGTERM, oldTerm);
    if (line.endsWith('\r'))
        line.chop(1);
    if (!complete && line.isEmpty()) {
        ctx.err << '\n';
        return std::nullopt;
    }
    return line;
}

} // namespace

void wipePassphrase(QByteArray &passphrase)
{
    package::wipeSecret(passphrase);
}

std::optional<QByteArray> readPassphrase(Context &ctx, const QString &prompt, bool confirm)
{
    // Read once and removed from the environment: no child process or later reader sees it.
    if (std::optional<QByteArray> fromEnvironment =
            package::takeSecretFromEnvironment(kPassphraseVariable))
        return fromEnvironment;
    if (!isatty(STDIN_FILENO)) {
        ctx.err << "passphrase: no terminal to ask on; set " << kPassphraseVariable << '\n';
        return std::nullopt;
    }
    std::optional<QByteArray> first = readHiddenLine(ctx, prompt);
    if (!first) {
        ctx.err << "passphrase: none given\n";
        return std::nullopt;
    }
    if (!confirm)
        return first;
    std::optional<QByteArray> second =
        readHiddenLine(ctx, QStringLiteral("Repeat the passphrase: "));
    const bool same = second && *second == *first;
    if (second)
        wipePassphrase(*second);
    if (!same) {
        wipePassphrase(*first);
        ctx.err << "passphrase: the two entries differ\n";
        return std::nullopt;
    }
    return first;
}

/** The key folder's certificate, or nullopt after printing why not. */
std::optional<package::Certificate> folderCertificate(Context &ctx, const QString &command,
                                                      const package::KeyFolder &folder)
{
    if (!folder.exists()) {
        ctx.err << command << ": " << folder.path()
                << ": not a key folder (needs key.pem and cert.pem; see keygen)\n";
        return std::nullopt;
    }
    auto certificate = folder.certificate();
    if (!certificate) {
        ctx.err << certificate.error().toString() << '\n';
        return std::nullopt;
    }
    return certificate.value();
}

/** The unlocked key with its certificate, or nullopt after printing why not. */
std::optional<package::Signer> unlock(Context &ctx, const package::KeyFolder &folder,
                                      const package::Certificate &certificate)
{
    auto passphrase = readPassphrase(
        ctx, QStringLiteral("Passphrase for %1 (%2): ").arg(folder.path(), certificate.subject()),
        false);
    if (!passphrase)
        return std::nullopt;
    auto key = folder.unlock(*passphrase);
    wipePassphrase(*passphrase);
    if (!key) {
        ctx.err << key.error().toString() << '\n';
        return std::nullopt;
    }
    return package::Signer{key.value(), certificate};
}

} // namespace gd::cli
