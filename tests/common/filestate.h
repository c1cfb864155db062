// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tests compare about files: their bytes and modes, and programs run without the
// privileges that would let them write anywhere.
#include <sys/stat.h>
#include <unistd.h>

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStringList>

namespace gd::test {

/** SHA-256 of the file's bytes; empty when it cannot be read. */
inline QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

/** The permission bits of @p path (0600…), or -1 when it is missing. */
inline int modeOf(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return static_cast<int>(st.st_mode & 0777);
}

/**
 * Starts @p program with @p arguments so that file permissions bind it: as root (where they
 * do not) through runuser as "nobody", with HOME=@p home and the English UI. The program
 * must be where nobody can reach it.
 */
inline void startUnprivileged(QProcess &process, const QString &program,
                              const QStringList &arguments, const QString &home)
{
    if (::geteuid() != 0) {
        process.start(program, arguments);
        return;
    }
    process.start(QStringLiteral("runuser"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"),
                              QStringLiteral("env"), QStringLiteral("HOME=") + home,
                              QStringLiteral("GRANTDESK_LANG=en"), program} +
                      arguments);
}

} // namespace gd::test
