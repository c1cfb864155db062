// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include "core/result.h"

namespace gd::package {

/**
 * What a reader accepts (docs/formats/package.md "Reading": a package is hostile).
 * The defaults are the product's limits; tests use small ones for the size cases.
 */
struct ZipLimits
{
    qint64 maxMembers = 10000;
    qint64 maxMemberSize = qint64(1) << 30; // 1 GiB uncompressed
    qint64 maxTotalSize = qint64(4) << 30;  // 4 GiB uncompressed
    qint64 maxRatio = 200;                  // uncompressed : compressed, per member
};

/** One file of an archive being written, or read back whole. */
struct ZipMember
{
    QString path; // "/"-separated, relative, UTF-8 in the archive
    QByteArray data;
};

/** One regular file of an archive, as its (checked) central directory describes it. */
struct ZipEntry
{
    QString path;
    qint64 size = 0; // declared uncompressed size
    qint64 compressedSize = 0;
    int index = -1; // in the archive
};

/**
 * Why @p path cannot name a member of a package: empty, absolute, a drive letter, a
 * backslash, a "." / ".." / empty component, a control character or a double quote.
 * Empty when it is acceptable.
 */
QString memberPathProblem(const QString &path);

/**
 * Reads a ZIP archive that may be hostile. Opening checks the structure (member count,
 * names, links and other special files, duplicate names — also differing only in case or
 * Unicode normalization — declared sizes and compression ratio, encryption, methods);
 * reading counts the bytes actually inflated against the same limits and the declared
 * size, and checks the CRC. Nothing is written to disk. Every refusal is an Error whose
 * `where` is "LABEL: MEMBER" (or just LABEL for the archive as a whole) and whose `what`
 * is the reason.
 */
class ZipReader
{
public:
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    /** Opens the file @p path; its file name labels the errors. */
    static Result<std::unique_ptr<ZipReader>> openFile(const QString &path,
                                                       const ZipLimits &limits = {});
    /** Opens an archive held in memory; @p label names it in errors. */
    static Result<std::unique_ptr<ZipReader>> openData(const QByteArray &data, const QString &label,
                                                       const ZipLimits &limits = {});

    QString label() const { return m_label; }
    /** The regular files, in archive order (plain folder entries are left out). */
    const QList<ZipEntry> &entries() const { return m_entries; }
    bool contains(const QString &path) const { return m_byPath.contains(path); }

    /** The member's bytes, all limits checked while inflating. */
    Result<QByteArray> read(const QString &path) const;
    /**
     * Inflates the member in chunks, handing each to @p sink; the same checks as read().
     * Returns the number of bytes. When it fails because the member's data is damaged
     * (invalid compressed data, CRC mismatch) rather than because the archive lies about
     * it, @p damaged is set: the member is then simply not what was signed.
     */
    Result<qint64> stream(const QString &path,
                          const std::function<void(const char *data, qsizetype size)> &sink,
                          bool *damaged = nullptr) const;
    /** Every member, whole, in archive order. */
    Result<QList<ZipMember>> readAll() const;

private:
    ZipReader() = default;
    static Result<std::unique_ptr<ZipReader>> open(void *source, const QString &label,
                                                   const ZipLimits &limits);
    Error refuse(const QString &member, const QString &what) const;

    QString m_label;
    ZipLimits m_limits;
    QByteArray m_data; // the bytes behind an in-memory archive
    void *m_zip = nullptr;
    QList<ZipEntry> m_entries;
    QHash<QString, int> m_byPath; // into m_entries
};

/** How writeZip() writes. */
struct ZipWriteOptions
{
    int level = 6; // deflate level
    /**
     * A member that deflates better than this ratio is stored instead, so that the package
     * never trips a reader's ratio limit (0: never).
     */
    qint64 storeAboveRatio = 100;
    /**
     * A member whose first 64 KiB hardly deflate (already compressed: PDF streams, images,
     * office files) is stored, which saves most of the time of writing a package.
     */
    bool storeIncompressible = true;
    /** Called while writing with a fraction 0…1; returning false cancels. */
    std::function<bool(double fraction)> progress;
};

/**
 * A deterministic ZIP of @p members: sorted by path, deflated, every member dated
 * 1980-01-01 00:00 and mode 0644, no extra fields — the same members always give the
 * same bytes. Refused when a path is not acceptable (memberPathProblem) or repeated.
 */
Result<QByteArray> writeZip(QList<ZipMember> members, const ZipWriteOptions &options = {});

/** Writes @p data to @p file atomically (QSaveFile): the file is whole or untouched. */
Status saveFileAtomically(const QString &file, const QByteArray &data);

} // namespace gd::package
