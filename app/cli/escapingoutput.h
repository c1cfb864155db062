// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

#include <QFile>
#include <QIODevice>
#include <QStringDecoder>

namespace gd::cli {

/**
 * stdout or stderr as the CLI's QTextStreams write to it: every character that a terminal
 * would obey instead of show (ANSI escapes, bidi overrides, zero-width and other control or
 * format characters, see identitytext::displaySafe()) is written as a visible "\uXXXX";
 * newlines and tabs pass. So `list`, `alerts`, `verify` and every other command print stored
 * text (an applicant's purpose, a feed's description, a certificate's name) escaped, and in
 * --json output the escape is one JSON reads back as the same character.
 */
class EscapingOutput final : public QIODevice
{
public:
    explicit EscapingOutput(FILE *stream);

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    QFile m_file;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace gd::cli
