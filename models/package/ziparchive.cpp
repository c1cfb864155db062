// SPDX-License-Identifier: GPL-3.0-or-later
#include "ziparchive.h"

#include "ziplayout.h"

#include <algorithm>
#include <ctime>
#include <limits>
#include <optional>

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>

#include <zip.h>

namespace gd::package {
namespace {

constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kTypeRegular = 0100000;
constexpr quint32 kTypeDirectory = 0040000;
constexpr quint32 kTypeLink = 0120000;
constexpr quint32 kDosDirectory = 0x10;
constexpr qint64 kChunk = 64 * 1024;

zip_t *zipOf(void *handle)
{
    return static_cast<zip_t *>(handle);
}

QString bytesText(qint64 bytes)
{
    return QStringLiteral("%1 bytes").arg(bytes);
}

QString fileTypeName(quint32 type)
{
    switch (type) {
    case kTypeLink:
        return QStringLiteral("a symbolic link");
    case kTypeDirectory:
        return QStringLiteral("a directory");
    case 0020000:
        return QStringLiteral("a character device");
    case 0060000:
        return QStringLiteral("a block device");
    case 0010000:
        return QStringLiteral("a FIFO");
    case 0140000:
        return QStringLiteral("a socket");
    default:
        return QStringLiteral("a special file (type %1)").arg(type, 0, 8);
    }
}

/** libzip's error for a whole archive, in words a person reading a refusal understands. */
QString openErrorText(int code, bool looksLikeZip, zip_error_t *error)
{
    switch (code) {
    case ZIP_ER_NOZIP:
        return looksLikeZip ? QStringLiteral("truncated ZIP archive (no central directory)")
                            : QStringLiteral("not a ZIP archive");
    case ZIP_ER_INCONS:
        return QStringLiteral("damaged or truncated ZIP archive (inconsistent structure)");
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
        return QStringLiteral("truncated ZIP archive");
    case ZIP_ER_MULTIDISK:
        return QStringLiteral("multi-disk ZIP archives are not supported");
    case ZIP_ER_OPEN:
        return QStringLiteral("cannot open the file");
    default:
        return QStringLiteral("not a readable ZIP archive (%1)")
            .arg(QString::fromLocal8Bit(zip_error_strerror(error)));
    }
}

QString readErrorText(zip_error_t *error)
{
    switch (zip_error_code_zip(error)) {
    case ZIP_ER_CRC:
        return QStringLiteral("CRC mismatch: the member is damaged");
    case ZIP_ER_INCONS:
        return QStringLiteral("damaged: its data does not match its header");
    case ZIP_ER_ZLIB:
    case ZIP_ER_COMPRESSED_DATA:
        return QStringLiteral("damaged: the compressed data is invalid");
    case ZIP_ER_EOF:
    case ZIP_ER_READ:
        return QStringLiteral("truncated: its data ends early");
    case ZIP_ER_ENCRNOTSUPP:
    case ZIP_ER_NOPASSWD:
        return QStringLiteral("encrypted members are not accepted");
    case ZIP_ER_COMPNOTSUPP:
        return QStringLiteral("compression method not supported");
    default:
        return QStringLiteral("cannot be read (%1)")
            .arg(QString::fromLocal8Bit(zip_error_strerror(error)));
    }
}

/** DOS time 1980-01-01 00:00 whatever the time zone (libzip converts with localtime()). */
time_t fixedMtime()
{
    std::tm tm{};
    tm.tm_year = 80;
    tm.tm_mon = 0;
    tm.tm_mday = 1;
    tm.tm_hour = 0;
    tm.tm_isdst = -1;
    return std::mktime(&tm);
}

} // namespace

QString memberPathProblem(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("empty name");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("absolute path");
    if (path.contains(QLatin1Char('\\')))
        return QStringLiteral("backslash in the path");
    if (path.size() >= 2 && path.at(1) == QLatin1Char(':') && path.at(0).isLetter())
        return QStringLiteral("drive letter in the path");
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QStringLiteral("control character in the name");
        if (c == QLatin1Char('"'))
            return QStringLiteral("double quote in the name");
    }
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part == QLatin1String(".."))
            return QStringLiteral("path leaves the package (\"..\")");
        if (part == QLatin1String("."))
            return QStringLiteral("\".\" component in the path");
        if (part.isEmpty())
            return QStringLiteral("empty component in the path");
    }
    return {};
}

ZipReader::~ZipReader()
{
    if (m_zip)
        zip_discard(zipOf(m_zip));
}

Error ZipReader::refuse(const QString &member, const QString &what) const
{
    return Error{member.isEmpty() ? m_label : m_label + QStringLiteral(": ") + member, what};
}

Result<std::unique_ptr<ZipReader>> ZipReader::openFile(const QString &path, const ZipLimits &limits)
{
    const QString label = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{path, QStringLiteral("cannot open: %1").arg(file.errorString())};
    const bool looksLikeZip = file.read(4) == QByteArray("PK\x03\x04", 4);
    const bool empty = file.size() == 0;
    if (empty) // libzip would take it for an empty archive
        return Error{label, QStringLiteral("not a ZIP archive")};
    // One reading only: the layout is checked before libzip, which would read past extra
    // bytes, sees anything of the archive.
    if (!looksLikeZip)
        return Error{label, QStringLiteral("not a ZIP archive")};
    if (const uchar *mapped = file.map(0, file.size())) {
        const QString problem = zipLayoutProblem(mapped, file.size());
        file.unmap(const_cast<uchar *>(mapped));
        if (!problem.isEmpty())
            return Error{label, problem};
    } else {
        return Error{path, QStringLiteral("cannot read: %1").arg(file.errorString())};
    }
    file.close();
    zip_error_t error;
    zip_error_init(&error);
    const QByteArray local = QFile::encodeName(path);
    zip_source_t *source = zip_source_file_create(local.constData(), 0, -1, &error);
    if (!source) {
        const QString what = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Error{path, QStringLiteral("cannot open: %1").arg(what)};
    }
    zip_error_fini(&error);
    auto reader = open(source, label, limits);
    if (!reader && !looksLikeZip && reader.error().what.startsWith(QLatin1String("truncated ZIP")))
        return Error{reader.error().where, QStringLiteral("not a ZIP archive")};
    return reader;
}

Result<std::unique_ptr<ZipReader>> ZipReader::openData(const QByteArray &data, const QString &label,
                                                       const ZipLimits &limits)
{
    if (data.isEmpty() || !data.startsWith(QByteArray("PK\x03\x04", 4)))
        return Error{label, QStringLiteral("not a ZIP archive")};
    if (const QString problem =
            zipLayoutProblem(reinterpret_cast<const uchar *>(data.constData()), data.size());
        !problem.isEmpty())
        return Error{label, problem};
    zip_error_t error;
    zip_error_init(&error);
    // The source reads m_data of the reader, which keeps it alive as long as the archive.
    const QByteArray copy = data;
    zip_source_t *source =
        zip_source_buffer_create(copy.constData(), zip_uint64_t(copy.size()), 0, &error);
    zip_error_fini(&error);
    if (!source)
        return Error{label, QStringLiteral("out of memory")};
    auto reader = open(source, label, limits);
    if (!reader) {
        if (!data.startsWith(QByteArray("PK\x03\x04", 4)) &&
            reader.error().what.startsWith(QLatin1String("truncated ZIP")))
            return Error{label, QStringLiteral("not a ZIP archive")};
        return reader;
    }
    reader.value()->m_data = copy;
    return reader;
}

namespace {

/** Why an archive is refused: the member (empty for the archive itself) and what. */
struct Refusal
{
    QString member;
    QString what;
};

/**
 * Opens @p source, which libzip takes over; on failure frees it and says why. An archive
 * with a name twice is opened without the consistency check, so its duplicate is named.
 */
zip_t *openSource(zip_source_t *source, QString &why)
{
    // zip_open_from_source() takes over our reference on success and leaves it on failure.
    zip_error_t error;
    zip_error_init(&error);
    zip_t *za = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    int code = zip_error_code_zip(&error);
    if (!za && code == ZIP_ER_EXISTS) {
        // Duplicate names: open without the consistency check to name the duplicate.
        zip_error_fini(&error);
        zip_error_init(&error);
        za = zip_open_from_source(source, ZIP_RDONLY, &error);
        code = zip_error_code_zip(&error);
    }
    if (!za) {
        why = openErrorText(code, true, &error);
        zip_error_fini(&error);
        zip_source_free(source);
        return nullptr;
    }
    zip_error_fini(&error);
    return za;
}

/** One member as its central directory entry describes it. */
struct MemberStat
{
    QString name; // as stored, with a folder's trailing '/'
    QString path; // without it
    bool isFolder = false;
    qint64 size = 0;
    qint64 compressed = 0;
};

/**
 * Reads entry @p i: a UTF-8 name that is a safe member path, a plain file or folder,
 * known sizes, no encryption, stored or deflated.
 */
std::optional<Refusal> readMember(zip_t *za, zip_int64_t i, MemberStat &member)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat_index(za, zip_uint64_t(i), ZIP_FL_ENC_RAW, &st) != 0 || !st.name)
        return Refusal{QStringLiteral("#%1").arg(i + 1),
                       QStringLiteral("cannot read its directory entry")};
    const QByteArray raw(st.name);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString name = decoder(raw);
    if (decoder.hasError())
        return Refusal{name, QStringLiteral("name is not valid UTF-8")};
    const bool isFolder = name.endsWith(QLatin1Char('/'));
    const QString path = isFolder ? name.chopped(1) : name;
    if (const QString problem = memberPathProblem(path); !problem.isEmpty())
        return Refusal{name, problem};

    zip_uint8_t opsys = 0;
    zip_uint32_t attributes = 0;
    if (zip_file_get_external_attributes(za, zip_uint64_t(i), 0, &opsys, &attributes) != 0)
        return Refusal{name, QStringLiteral("cannot read its attributes")};
    if (opsys == ZIP_OPSYS_UNIX) {
        const quint32 type = (attributes >> 16) & kTypeMask;
        const quint32 expected = isFolder ? kTypeDirectory : kTypeRegular;
        if (type != 0 && type != expected)
            return Refusal{name,
                           QStringLiteral("%1, not a %2")
                               .arg(fileTypeName(type), isFolder ? QStringLiteral("plain folder")
                                                                 : QStringLiteral("regular file"))};
    }
    if (!isFolder && (attributes & kDosDirectory) && opsys != ZIP_OPSYS_UNIX)
        return Refusal{name, QStringLiteral("a directory without a trailing \"/\"")};

    const qint64 size = (st.valid & ZIP_STAT_SIZE) ? qint64(st.size) : -1;
    const qint64 compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? qint64(st.comp_size) : -1;
    if (size < 0 || compressed < 0)
        return Refusal{name, QStringLiteral("its sizes are unknown")};
    if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
        return Refusal{name, QStringLiteral("encrypted members are not accepted")};
    if ((st.valid & ZIP_STAT_COMP_METHOD) && st.comp_method != ZIP_CM_STORE &&
        st.comp_method != ZIP_CM_DEFLATE)
        return Refusal{name, QStringLiteral("compression method %1 is not accepted (stored or "
                                            "deflated only)")
                                 .arg(st.comp_method)};
    member = MemberStat{name, path, isFolder, size, compressed};
    return std::nullopt;
}

/**
 * The member's sizes within @p limits: an empty folder, the member and the running
 * @p total not too large, no compression bomb.
 */
std::optional<QString> sizeProblem(const MemberStat &member, const ZipLimits &limits, qint64 &total)
{
    const qint64 size = member.size;
    const qint64 compressed = member.compressed;
    if (member.isFolder && size != 0)
        return QStringLiteral("a folder entry with content (%1)").arg(bytesText(size));
    if (size > limits.maxMemberSize)
        return QStringLiteral("%1 uncompressed, more than the %2 a member may hold")
            .arg(bytesText(size), bytesText(limits.maxMemberSize));
    total += size;
    if (total > limits.maxTotalSize)
        return QStringLiteral("the members up to this one hold %1 uncompressed, more than the "
                              "%2 a package may hold")
            .arg(bytesText(total), bytesText(limits.maxTotalSize));
    if (size > 0 && (compressed == 0 || size / limits.maxRatio > compressed ||
                     (size / limits.maxRatio == compressed && size % limits.maxRatio != 0)))
        return QStringLiteral("compression ratio %1:1 is over %2:1 (a compression bomb?)")
            .arg(compressed ? size / compressed : size)
            .arg(limits.maxRatio);
    return std::nullopt;
}

/** A name that is a file and also a folder of other members cannot be unpacked. */
std::optional<Refusal> folderFileClash(const QList<ZipEntry> &entries, const QSet<QString> &files)
{
    for (const ZipEntry &entry : entries) {
        const QStringList parts = entry.path.split(QLatin1Char('/'));
        QString prefix;
        for (qsizetype p = 0; p + 1 < parts.size(); ++p) {
            prefix += (p ? QStringLiteral("/") : QString()) + parts.at(p);
            const QString key = prefix.normalized(QString::NormalizationForm_C).toCaseFolded();
            if (files.contains(key))
                return Refusal{
                    entry.path,
                    QStringLiteral("its folder \"%1\" is also a file of the archive").arg(prefix)};
        }
    }
    return std::nullopt;
}

} // namespace

Result<std::unique_ptr<ZipReader>> ZipReader::open(void *sourceHandle, const QString &label,
                                                   const ZipLimits &limits)
{
    std::unique_ptr<ZipReader> reader(new ZipReader);
    reader->m_label = label;
    reader->m_limits = limits;
    QString why;
    zip_t *za = openSource(static_cast<zip_source_t *>(sourceHandle), why);
    if (!za)
        return reader->refuse({}, why);
    reader->m_zip = za;

    const zip_int64_t count = zip_get_num_entries(za, 0);
    if (count < 0)
        return reader->refuse({}, QStringLiteral("cannot read the central directory"));
    if (count > limits.maxMembers)
        return reader->refuse({}, QStringLiteral("%1 members, more than the %2 a package may hold")
                                      .arg(count)
                                      .arg(limits.maxMembers));

    QHash<QString, QString> folded; // case- and normalization-folded name → name
    QSet<QString> files;
    qint64 total = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        MemberStat member;
        if (const auto refusal = readMember(za, i, member))
            return reader->refuse(refusal->member, refusal->what);
        if (const auto problem = sizeProblem(member, limits, total))
            return reader->refuse(member.name, *problem);
        const QString key = member.path.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (const auto it = folded.constFind(key); it != folded.cend()) {
            return reader->refuse(member.name,
                                  *it == member.path
                                      ? QStringLiteral("duplicate name")
                                      : QStringLiteral("duplicate name (same as \"%1\" but for "
                                                       "case or Unicode normalization)")
                                            .arg(*it));
        }
        folded.insert(key, member.path);
        if (member.isFolder)
            continue;
        files.insert(key);
        reader->m_byPath.insert(member.path, int(reader->m_entries.size()));
        reader->m_entries.append(ZipEntry{member.path, member.size, member.compressed, int(i)});
    }
    if (const auto clash = folderFileClash(reader->m_entries, files))
        return reader->refuse(clash->member, clash->what);
    return reader;
}

Result<qint64> ZipReader::stream(const QString &path,
                                 const std::function<void(const char *, qsizetype)> &sink,
                                 bool *damaged) const
{
    if (damaged)
        *damaged = false;
    const auto it = m_byPath.constFind(path);
    if (it == m_byPath.cend())
        return refuse(path, QStringLiteral("no such member"));
    const ZipEntry &entry = m_entries.at(*it);
    zip_file_t *file = zip_fopen_index(zipOf(m_zip), zip_uint64_t(entry.index), 0);
    if (!file)
        return refuse(path, readErrorText(zip_get_error(zipOf(m_zip))));
    const qint64 limit = std::min(entry.size, m_limits.maxMemberSize);
    QByteArray buffer(kChunk, Qt::Uninitialized);
    qint64 total = 0;
    Error failure;
    bool failed = false;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            zip_error_t *error = zip_file_get_error(file);
            const int code = zip_error_code_zip(error);
            if (damaged)
                *damaged = code == ZIP_ER_CRC || code == ZIP_ER_ZLIB ||
                           code == ZIP_ER_COMPRESSED_DATA || code == ZIP_ER_INCONS;
            failure = refuse(path, readErrorText(error));
            failed = true;
            break;
        }
        if (n == 0)
            break;
        total += n;
        if (total > entry.size) {
            failure = refuse(path, QStringLiteral("holds more data than its header declares (%1)")
                                       .arg(bytesText(entry.size)));
            failed = true;
            break;
        }
        if (total > limit) {
            failure = refuse(
                path,
                QStringLiteral("more than %1 uncompressed").arg(bytesText(m_limits.maxMemberSize)));
            failed = true;
            break;
        }
        if (entry.compressedSize == 0 || total / m_limits.maxRatio > entry.compressedSize) {
            failure = refuse(path, QStringLiteral("compression ratio over %1:1 while inflating "
                                                  "(a compression bomb?)")
                                       .arg(m_limits.maxRatio));
            failed = true;
            break;
        }
        sink(buffer.constData(), qsizetype(n));
    }
    zip_fclose(file);
    if (failed)
        return failure;
    if (total != entry.size)
        return refuse(path, QStringLiteral("holds %1, but its header declares %2")
                                .arg(bytesText(total), bytesText(entry.size)));
    return total;
}

Result<QByteArray> ZipReader::read(const QString &path) const
{
    QByteArray data;
    const auto it = m_byPath.constFind(path);
    if (it != m_byPath.cend())
        data.reserve(qsizetype(std::min<qint64>(m_entries.at(*it).size, 64 << 20)));
    auto streamed =
        stream(path, [&data](const char *chunk, qsizetype size) { data.append(chunk, size); });
    if (!streamed)
        return streamed.error();
    return data;
}

Result<QList<ZipMember>> ZipReader::readAll() const
{
    QList<ZipMember> members;
    members.reserve(m_entries.size());
    for (const ZipEntry &entry : m_entries) {
        auto data = read(entry.path);
        if (!data)
            return data.error();
        members.append(ZipMember{entry.path, std::move(data).value()});
    }
    return members;
}

namespace {

struct WriteState
{
    const std::function<bool(double)> *progress = nullptr;
    bool cancelled = false;
};

void onProgress(zip_t *, double fraction, void *state)
{
    auto *s = static_cast<WriteState *>(state);
    if (*s->progress && !(*s->progress)(fraction))
        s->cancelled = true;
}

int onCancel(zip_t *, void *state)
{
    return static_cast<WriteState *>(state)->cancelled ? 1 : 0;
}

Result<QByteArray> writeOnce(const QList<ZipMember> &members, const QSet<QString> &stored,
                             const ZipWriteOptions &options)
{
    const Error failed{QStringLiteral("zip"), QString()};
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *target = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!target) {
        zip_error_fini(&error);
        return Error{QStringLiteral("zip"), QStringLiteral("out of memory")};
    }
    zip_source_keep(target); // we read it back after zip_close()
    zip_t *za = zip_open_from_source(target, ZIP_TRUNCATE, &error);
    if (!za) {
        const QString what = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        zip_source_free(target);
        zip_source_free(target);
        return Error{QStringLiteral("zip"), what};
    }
    zip_error_fini(&error);
    auto fail = [&](const QString &where, const QString &what) -> Result<QByteArray> {
        zip_discard(za);
        zip_source_free(target);
        return Error{where, what};
    };
    const time_t mtime = fixedMtime();
    for (const ZipMember &member : members) {
        const QByteArray name = member.path.toUtf8();
        zip_source_t *source =
            zip_source_buffer(za, member.data.constData(), zip_uint64_t(member.data.size()), 0);
        if (!source)
            return fail(member.path, QStringLiteral("out of memory"));
        const zip_int64_t index = zip_file_add(za, name.constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            return fail(member.path, QString::fromLocal8Bit(zip_strerror(za)));
        }
        const auto i = zip_uint64_t(index);
        const bool store = stored.contains(member.path);
        if (zip_set_file_compression(za, i, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                     store ? 0 : zip_uint32_t(options.level)) != 0 ||
            zip_file_set_mtime(za, i, mtime, 0) != 0 ||
            zip_file_set_external_attributes(za, i, 0, ZIP_OPSYS_UNIX,
                                             zip_uint32_t(0100644) << 16) != 0)
            return fail(member.path, QString::fromLocal8Bit(zip_strerror(za)));
    }
    WriteState state{&options.progress};
    if (options.progress) {
        zip_register_progress_callback_with_state(za, 0.01, onProgress, nullptr, &state);
        zip_register_cancel_callback_with_state(za, onCancel, nullptr, &state);
    }
    if (zip_close(za) != 0) {
        const QString what = state.cancelled ? QStringLiteral("cancelled")
                                             : QString::fromLocal8Bit(zip_strerror(za));
        return fail(QStringLiteral("zip"), what);
    }
    if (state.cancelled) {
        zip_source_free(target);
        return Error{QStringLiteral("zip"), QStringLiteral("cancelled")};
    }
    zip_stat_t st;
    zip_stat_init(&st);
    QByteArray bytes;
    if (zip_source_stat(target, &st) != 0 || !(st.valid & ZIP_STAT_SIZE) ||
        zip_source_open(target) != 0) {
        zip_source_free(target);
        return Error{QStringLiteral("zip"), QStringLiteral("cannot read the written archive")};
    }
    bytes.resize(qsizetype(st.size));
    const zip_int64_t n = zip_source_read(target, bytes.data(), st.size);
    zip_source_close(target);
    zip_source_free(target);
    if (n != zip_int64_t(st.size))
        return Error{QStringLiteral("zip"), QStringLiteral("cannot read the written archive")};
    return bytes;
}

} // namespace

Result<QByteArray> writeZip(QList<ZipMember> members, const ZipWriteOptions &options)
{
    std::sort(members.begin(), members.end(),
              [](const ZipMember &a, const ZipMember &b) { return a.path < b.path; });
    QSet<QString> seen;
    for (const ZipMember &member : std::as_const(members)) {
        if (const QString problem = memberPathProblem(member.path); !problem.isEmpty())
            return Error{member.path, problem};
        const QString key = member.path.normalized(QString::NormalizationForm_C).toCaseFolded();
        if (seen.contains(key))
            return Error{member.path, QStringLiteral("duplicate name")};
        seen.insert(key);
    }
    QSet<QString> stored;
    if (options.storeIncompressible) {
        for (const ZipMember &member : std::as_const(members)) {
            if (member.data.size() < 4096)
                continue;
            const QByteArray sample = member.data.left(64 * 1024);
            // qCompress adds a 4-byte length and zlib's 6 bytes of framing.
            if (qCompress(sample, 1).size() - 10 >= sample.size() * 9 / 10)
                stored.insert(member.path);
        }
    }
    auto bytes = writeOnce(members, stored, options);
    if (!bytes || options.storeAboveRatio <= 0)
        return bytes;
    // Members that deflate too well would look like bombs to a reader: store those.
    ZipLimits unlimited;
    unlimited.maxRatio = std::numeric_limits<qint64>::max() / 2;
    unlimited.maxMembers = std::numeric_limits<qint64>::max();
    unlimited.maxMemberSize = std::numeric_limits<qint64>::max();
    unlimited.maxTotalSize = std::numeric_limits<qint64>::max();
    auto written = ZipReader::openData(bytes.value(), QStringLiteral("zip"), unlimited);
    if (!written)
        return written.error();
    const qsizetype storedBefore = stored.size();
    for (const ZipEntry &entry : written.value()->entries()) {
        if (entry.size > 0 && entry.size / options.storeAboveRatio >= entry.compressedSize)
            stored.insert(entry.path);
    }
    if (stored.size() == storedBefore)
        return bytes;
    return writeOnce(members, stored, options);
}

Status saveFileAtomically(const QString &file, const QByteArray &data)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error{file, QStringLiteral("cannot write: %1").arg(out.errorString())};
    if (out.write(data) != data.size()) {
        const QString what = out.errorString();
        out.cancelWriting();
        return Error{file, QStringLiteral("cannot write: %1").arg(what)};
    }
    if (!out.commit())
        return Error{file, QStringLiteral("cannot write: %1").arg(out.errorString())};
    return success();
}

} // namespace gd::package
