// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A ZIP writer for tests that does exactly what it is told, hostile or not: any name, any
// attributes, lying sizes, wrong CRCs. ZipReader must refuse what this makes.

#include <optional>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QtEndian>

namespace rawzip {

struct Entry
{
    Entry(QByteArray n, QByteArray d, bool deflated = true)
        : name(std::move(n))
        , data(std::move(d))
        , deflate(deflated)
    {}
    QByteArray name;
    QByteArray data;
    bool deflate = true;
    quint8 madeBy = 3; // 3 = UNIX, 0 = MS-DOS
    quint32 externalAttributes = 0100644u << 16;
    std::optional<quint32> declaredSize; // the header lies when set
    std::optional<quint32> crc;          // a wrong CRC when set
    std::optional<bool> utf8Flag;        // general purpose bit 11; default: name not ASCII
};

inline quint32 crc32Of(const QByteArray &data)
{
    static quint32 table[256];
    static bool made = false;
    if (!made) {
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            table[i] = c;
        }
        made = true;
    }
    quint32 crc = 0xffffffffu;
    for (const char ch : data)
        crc = table[(crc ^ quint8(ch)) & 0xff] ^ (crc >> 8);
    return crc ^ 0xffffffffu;
}

/** Raw deflate (no zlib header) of @p data at level 9. */
inline QByteArray deflateRaw(const QByteArray &data)
{
    // qCompress gives a 4-byte length, a 2-byte zlib header, the deflate stream and a
    // 4-byte Adler-32.
    const QByteArray z = qCompress(data, 9);
    return z.mid(6, z.size() - 10);
}

inline void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

inline void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

inline QByteArray build(const QList<Entry> &entries)
{
    QByteArray out;
    QByteArray central;
    const quint16 dosTime = 0;
    const quint16 dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
    for (const Entry &e : entries) {
        const QByteArray body = e.deflate ? deflateRaw(e.data) : e.data;
        const quint32 crc = e.crc.value_or(crc32Of(e.data));
        const quint32 size = e.declaredSize.value_or(quint32(e.data.size()));
        bool ascii = true;
        for (const char c : e.name)
            ascii = ascii && quint8(c) < 0x80;
        const quint16 flags = e.utf8Flag.value_or(!ascii) ? 0x800 : 0;
        const quint16 method = e.deflate ? 8 : 0;
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, flags);
        put16(out, method);
        put16(out, dosTime);
        put16(out, dosDate);
        put32(out, crc);
        put32(out, quint32(body.size()));
        put32(out, size);
        put16(out, quint16(e.name.size()));
        put16(out, 0);
        out.append(e.name);
        out.append(body);

        put32(central, 0x02014b50);
        put16(central, quint16((e.madeBy << 8) | 20));
        put16(central, 20);
        put16(central, flags);
        put16(central, method);
        put16(central, dosTime);
        put16(central, dosDate);
        put32(central, crc);
        put32(central, quint32(body.size()));
        put32(central, size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, e.externalAttributes);
        put32(central, offset);
        central.append(e.name);
    }
    const quint32 centralOffset = quint32(out.size());
    out.append(central);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint16(entries.size()));
    put16(out, quint16(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

/**
 * Inserts @p bytes at @p position of a well-formed archive and moves every offset that
 * points at or after it (local header offsets, the central directory's offset), as
 * `zip -A` does for data prepended to an archive: the result is what a forger hands over.
 */
inline QByteArray insertAndFixOffsets(QByteArray zip, qsizetype position, const QByteArray &bytes)
{
    // Byte by byte rather than qFromLittleEndian on constData(): GCC's -Warray-bounds (in the
    // sanitizer build) cannot see that the archive is longer than an empty QByteArray.
    const auto u16 = [&zip](qsizetype at) {
        return quint32(quint8(zip.at(at))) | quint32(quint8(zip.at(at + 1))) << 8;
    };
    const auto u32 = [&u16](qsizetype at) { return u16(at) | u16(at + 2) << 16; };
    const auto put32 = [&zip](qsizetype at, quint32 value) {
        for (int i = 0; i < 4; ++i)
            zip[at + i] = char(quint8(value >> (8 * i)));
    };
    const qsizetype end = zip.size() - 22;
    const quint32 centralOffset = u32(end + 16);
    const quint32 count = u16(end + 10);
    qsizetype at = centralOffset;
    for (quint32 i = 0; i < count; ++i) {
        const quint32 local = u32(at + 42);
        if (local >= quint32(position))
            put32(at + 42, local + quint32(bytes.size()));
        at += 46 + u16(at + 28) + u16(at + 30) + u16(at + 32);
    }
    if (centralOffset >= quint32(position))
        put32(end + 16, centralOffset + quint32(bytes.size()));
    zip.insert(position, bytes);
    return zip;
}

} // namespace rawzip
