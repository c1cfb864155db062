// SPDX-License-Identifier: GPL-3.0-or-later
#include "escapingoutput.h"

#include "core/identitytext.h"

namespace gd::cli {

EscapingOutput::EscapingOutput(FILE *stream)
{
    m_file.open(stream, QIODevice::WriteOnly | QIODevice::Unbuffered);
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 EscapingOutput::writeData(const char *data, qint64 size)
{
    // The decoder keeps a character split between two writes until its last byte comes.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray shown = identitytext::displaySafe(text, identitytext::Lines::Keep).toUtf8();
    if (m_file.write(shown) != shown.size() || !m_file.flush())
        return -1;
    return size;
}

} // namespace gd::cli
