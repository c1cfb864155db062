// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziplayout.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include <QCoreApplication>
#include <QtEndian>

namespace gd::package {

namespace {

constexpr quint32 kLocalSignature = 0x04034b50;
constexpr quint32 kCentralSignature = 0x02014b50;
constexpr quint32 kEndSignature = 0x06054b50;
constexpr quint32 kZip64LocatorSignature = 0x07064b50;
constexpr quint32 kDescriptorSignature = 0x08074b50;
constexpr qint64 kEndSize = 22;
constexpr qint64 kCentralSize = 46;
constexpr qint64 kLocalSize = 30;
constexpr quint16 kDescriptorFlag = 0x0008;

struct Bytes
{
    const uchar *data;
    qint64 size;

    bool has(qint64 offset, qint64 length) const
    {
        return offset >= 0 && length >= 0 && offset <= size && length <= size - offset;
    }
    quint16 u16(qint64 offset) const { return qFromLittleEndian<quint16>(data + offset); }
    quint32 u32(qint64 offset) const { return qFromLittleEndian<quint32>(data + offset); }
};

struct CentralEntry
{
    qint64 localOffset = 0;
    quint16 flags = 0;
    quint16 method = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    qint64 nameOffset = 0; // of the name bytes in the archive
    quint16 nameLength = 0;
    int index = 0; // in the central directory, from 1
};

QString memberText(const CentralEntry &entry, const Bytes &bytes)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(bytes.data + entry.nameOffset),
                             entry.nameLength);
}

/** What the end-of-central-directory record says. */
struct EndRecord
{
    qint64 offset = 0; // of the record itself
    quint16 total = 0; // entries
    quint32 centralOffset = 0;
};

/**
 * The end record: at the very end, with no comment. Every reader takes the last record
 * in the file; with no comment there is exactly one candidate for "last".
 */
QString endRecordProblem(const Bytes &bytes, EndRecord &record)
{
    const qint64 end = bytes.size - kEndSize;
    if (bytes.u32(end) != kEndSignature) {
        for (qint64 at = end - 1; at >= 0 && at >= end - 0xffff; --at) {
            if (bytes.u32(at) == kEndSignature)
                return bytes.u16(at + 20) > 0 && at + kEndSize + bytes.u16(at + 20) == bytes.size
                           ? QCoreApplication::translate("ZipLayout",
                                                         "an archive comment is not accepted")
                           : QCoreApplication::translate(
                                 "ZipLayout", "data after the end of the archive (%Ln byte(s))",
                                 nullptr, int(end - at));
        }
        return QCoreApplication::translate(
            "ZipLayout", "truncated ZIP archive (no end of central directory record)");
    }
    if (bytes.u16(end + 20) != 0)
        return QCoreApplication::translate("ZipLayout", "an archive comment is not accepted");
    if (bytes.u16(end + 4) != 0 || bytes.u16(end + 6) != 0)
        return QCoreApplication::translate("ZipLayout", "multi-disk archives are not accepted");
    const quint16 onDisk = bytes.u16(end + 8);
    const quint16 total = bytes.u16(end + 10);
    const quint32 centralSize = bytes.u32(end + 12);
    const quint32 centralOffset = bytes.u32(end + 16);
    if (onDisk != total)
        return QCoreApplication::translate("ZipLayout",
                                           "the end record counts the entries two ways (%1 and %2)")
            .arg(onDisk)
            .arg(total);
    if (total == 0xffff || centralSize == 0xffffffffu || centralOffset == 0xffffffffu)
        return QCoreApplication::translate("ZipLayout", "ZIP64 archives are not accepted");
    if (end >= 20 && bytes.u32(end - 20) == kZip64LocatorSignature)
        return QCoreApplication::translate("ZipLayout", "ZIP64 archives are not accepted");
    if (qint64(centralOffset) + qint64(centralSize) != end)
        return QCoreApplication::translate(
            "ZipLayout", "data between the central directory and the end record, or a central "
                         "directory that is not where the end record says");
    record = EndRecord{end, total, centralOffset};
    return {};
}

/** The central directory, entry by entry: exactly the entries the end record declares. */
QString centralDirectoryProblem(const Bytes &bytes, const EndRecord &record,
                                std::vector<CentralEntry> &entries)
{
    entries.reserve(record.total);
    qint64 at = record.centralOffset;
    for (int i = 0; i < record.total; ++i) {
        if (!bytes.has(at, kCentralSize) || bytes.u32(at) != kCentralSignature)
            return QCoreApplication::translate("ZipLayout", "central directory entry %1 is damaged")
                .arg(i + 1);
        CentralEntry entry;
        entry.index = i + 1;
        entry.flags = bytes.u16(at + 8);
        entry.method = bytes.u16(at + 10);
        entry.crc = bytes.u32(at + 16);
        entry.compressedSize = bytes.u32(at + 20);
        entry.size = bytes.u32(at + 24);
        entry.nameLength = bytes.u16(at + 28);
        const quint16 extraLength = bytes.u16(at + 30);
        const quint16 entryComment = bytes.u16(at + 32);
        if (bytes.u16(at + 34) != 0)
            return QCoreApplication::translate("ZipLayout",
                                               "central directory entry %1 starts on another disk")
                .arg(i + 1);
        entry.localOffset = bytes.u32(at + 42);
        entry.nameOffset = at + kCentralSize;
        if (entry.compressedSize == 0xffffffffu || entry.size == 0xffffffffu ||
            entry.localOffset == 0xffffffffu)
            return QCoreApplication::translate("ZipLayout", "ZIP64 archives are not accepted");
        at = entry.nameOffset + entry.nameLength + extraLength + entryComment;
        if (at > record.offset)
            return QCoreApplication::translate(
                       "ZipLayout", "central directory entry %1 reaches past the central directory")
                .arg(i + 1);
        entries.push_back(entry);
    }
    if (at != record.offset)
        return QCoreApplication::translate(
            "ZipLayout",
            "the central directory holds more than the %Ln entry(ies) the end record "
            "declares",
            nullptr, record.total);
    return {};
}

/**
 * One member at its local header: the header agrees with the central @p entry and the
 * member (with its data descriptor) ends before the central directory, at @p next.
 */
QString memberProblem(const Bytes &bytes, const CentralEntry &entry, qint64 centralOffset,
                      qint64 &next)
{
    const QString name = memberText(entry, bytes);
    const qint64 local = entry.localOffset;
    if (!bytes.has(local, kLocalSize) || bytes.u32(local) != kLocalSignature)
        return QCoreApplication::translate("ZipLayout",
                                           "%1: no local header where the central directory says")
            .arg(name);
    const quint16 flags = bytes.u16(local + 6);
    const quint16 method = bytes.u16(local + 8);
    const quint32 crc = bytes.u32(local + 14);
    const quint32 compressedSize = bytes.u32(local + 18);
    const quint32 uncompressedSize = bytes.u32(local + 22);
    const quint16 nameLength = bytes.u16(local + 26);
    const quint16 extraLength = bytes.u16(local + 28);
    if (!bytes.has(local + kLocalSize, nameLength) || nameLength != entry.nameLength ||
        std::memcmp(bytes.data + local + kLocalSize, bytes.data + entry.nameOffset, nameLength) !=
            0)
        return QCoreApplication::translate("ZipLayout", "%1: the local header names another file")
            .arg(name);
    if (flags != entry.flags)
        return QCoreApplication::translate(
                   "ZipLayout", "%1: the local header's flags differ from the central directory's")
            .arg(name);
    if (method != entry.method)
        return QCoreApplication::translate(
                   "ZipLayout",
                   "%1: the local header's compression method differs from the central "
                   "directory's")
            .arg(name);
    const bool descriptor = flags & kDescriptorFlag;
    const bool headerAgrees = crc == entry.crc && compressedSize == entry.compressedSize &&
                              uncompressedSize == entry.size;
    const bool headerEmpty = crc == 0 && compressedSize == 0 && uncompressedSize == 0;
    if (!headerAgrees && !(descriptor && headerEmpty))
        return QCoreApplication::translate(
                   "ZipLayout",
                   "%1: the local header's CRC or sizes differ from the central directory's")
            .arg(name);
    next = local + kLocalSize + nameLength + extraLength + entry.compressedSize;
    if (next > centralOffset)
        return QCoreApplication::translate("ZipLayout",
                                           "%1: its data reaches into the central directory")
            .arg(name);
    if (descriptor) {
        qint64 d = next;
        if (bytes.has(d, 4) && bytes.u32(d) == kDescriptorSignature)
            d += 4;
        if (!bytes.has(d, 12) || d + 12 > centralOffset || bytes.u32(d) != entry.crc ||
            bytes.u32(d + 4) != entry.compressedSize || bytes.u32(d + 8) != entry.size)
            return QCoreApplication::translate(
                       "ZipLayout", "%1: its data descriptor differs from the central directory")
                .arg(name);
        next = d + 12;
    }
    return {};
}

/** The members, in file order: contiguous from offset 0 to the central directory. */
QString membersProblem(const Bytes &bytes, const std::vector<CentralEntry> &entries,
                       qint64 centralOffset)
{
    std::vector<const CentralEntry *> inFileOrder;
    inFileOrder.reserve(entries.size());
    for (const CentralEntry &entry : entries)
        inFileOrder.push_back(&entry);
    std::sort(inFileOrder.begin(), inFileOrder.end(),
              [](const CentralEntry *a, const CentralEntry *b) {
                  return a->localOffset < b->localOffset;
              });
    qint64 expected = 0;
    for (const CentralEntry *entry : inFileOrder) {
        if (entry->localOffset < expected)
            return QCoreApplication::translate("ZipLayout", "%1: its data overlaps another member")
                .arg(memberText(*entry, bytes));
        if (entry->localOffset > expected && expected == 0) {
            const int prepended = int(qMin(entry->localOffset, qint64(0x40000000)));
            return QCoreApplication::translate("ZipLayout",
                                               "data before the first member (%Ln byte(s)): "
                                               "another tool would read a different archive",
                                               nullptr, prepended);
        }
        if (entry->localOffset > expected)
            return QCoreApplication::translate("ZipLayout", "%1: hidden data before this member")
                .arg(memberText(*entry, bytes));
        if (QString problem = memberProblem(bytes, *entry, centralOffset, expected);
            !problem.isEmpty())
            return problem;
    }
    if (expected != centralOffset)
        return QCoreApplication::translate(
            "ZipLayout", "hidden data between the last member and the central directory");
    return {};
}

} // namespace

QString zipLayoutProblem(const uchar *data, qint64 size)
{
    const Bytes bytes{data, size};
    if (!bytes.has(0, kEndSize))
        return QCoreApplication::translate("ZipLayout", "truncated ZIP archive (too short)");
    EndRecord record;
    if (QString problem = endRecordProblem(bytes, record); !problem.isEmpty())
        return problem;
    std::vector<CentralEntry> entries;
    if (QString problem = centralDirectoryProblem(bytes, record, entries); !problem.isEmpty())
        return problem;
    if (entries.empty())
        return record.centralOffset == 0
                   ? QString()
                   : QCoreApplication::translate("ZipLayout", "data before the first member");
    // Every byte is accounted for once the members check out: a second archive could hide
    // only inside a member's data, which the manifest's digests cover.
    return membersProblem(bytes, entries, record.centralOffset);
}

} // namespace gd::package
