// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "package/ziparchive.h"
#include "rawzip.h"
#include "common/tools.h"

using namespace gd;
using namespace gd::package;

/** The zip layer: deterministic writing, and a reader that treats every archive as hostile. */
class TestZipArchive final : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsSortedAndDeterministic();
    void chineseNamesRoundTrip();
    void writerRefusesBadNames();
    void writerStoresWhatDeflatesTooWell();
    void incompressibleMembersAreStored();
    void unzipReadsWhatWeWrite();
    void atomicSaveLeavesNoFileOnFailure();
    void cancelStopsWriting();
    void hostileStructure_data();
    void hostileStructure();
    void tooManyMembersAtTheRealLimit();
    void oversizedMemberByHeader();
    void oversizedMemberByLyingHeader();
    void wholeArchiveOverTheLimit();
    void realBombIsRefusedByRatio();
    void lyingBombIsCaughtWhileInflating();
    void badCrc();
    void truncatedAndNotAZip();
    void plainFoldersAreAccepted();
    void openFileNamesTheFile();
    void oneReadingOnly_data();
    void oneReadingOnly();

private:
    static QString refusal(const QByteArray &zip, const ZipLimits &limits = {});
};

QString TestZipArchive::refusal(const QByteArray &zip, const ZipLimits &limits)
{
    auto reader = ZipReader::openData(zip, QStringLiteral("evil.gdpkg"), limits);
    if (!reader)
        return reader.error().toString();
    auto all = reader.value()->readAll();
    if (!all)
        return all.error().toString();
    return {};
}

void TestZipArchive::roundTripIsSortedAndDeterministic()
{
    const QList<ZipMember> members{
        {QStringLiteral("review.pdf"), QByteArray(3000, 'p')},
        {QStringLiteral("VERIFY.txt"), QByteArrayLiteral("check me\n")},
        {QStringLiteral("attachments/b.json"), QByteArrayLiteral("{\"b\":1}")},
        {QStringLiteral("attachments/a.bin"), QByteArray()},
        {QStringLiteral("manifest.json"), QByteArrayLiteral("{}")},
    };
    auto first = writeZip(members);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().toString()));
    QTest::qWait(1100); // a timestamp taken from the clock would now differ
    QList<ZipMember> shuffled = members;
    std::reverse(shuffled.begin(), shuffled.end());
    auto second = writeZip(shuffled);
    QVERIFY(second.ok());
    QCOMPARE(first.value(), second.value());

    auto reader = ZipReader::openData(first.value(), QStringLiteral("t.zip"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    QStringList paths;
    for (const ZipEntry &entry : reader.value()->entries())
        paths << entry.path;
    QCOMPARE(paths, (QStringList{QStringLiteral("VERIFY.txt"), QStringLiteral("attachments/a.bin"),
                                 QStringLiteral("attachments/b.json"),
                                 QStringLiteral("manifest.json"), QStringLiteral("review.pdf")}));
    for (const ZipMember &member : members) {
        auto data = reader.value()->read(member.path);
        QVERIFY(data.ok());
        QCOMPARE(data.value(), member.data);
    }
    QVERIFY(!reader.value()->read(QStringLiteral("nope")).ok());
}

void TestZipArchive::chineseNamesRoundTrip()
{
    const QString name = QStringLiteral("attachments/数据安全承诺书.pdf");
    auto zip = writeZip({{name, QByteArrayLiteral("%PDF-1.4")}});
    QVERIFY(zip.ok());
    auto reader = ZipReader::openData(zip.value(), QStringLiteral("t.zip"));
    QVERIFY(reader.ok());
    QCOMPARE(reader.value()->entries().size(), 1);
    QCOMPARE(reader.value()->entries().first().path, name);
}

void TestZipArchive::writerRefusesBadNames()
{
    for (const QString &bad :
         {QStringLiteral("../x"), QStringLiteral("/abs"), QStringLiteral("a\\b"),
          QStringLiteral("a//b"), QStringLiteral("C:/x"), QStringLiteral("q\"uote"),
          QStringLiteral("line\nbreak")}) {
        auto zip = writeZip({{bad, QByteArrayLiteral("x")}});
        QVERIFY2(!zip.ok(), qPrintable(bad));
        QCOMPARE(zip.error().where, bad);
    }
    auto dup = writeZip({{QStringLiteral("a.txt"), {}}, {QStringLiteral("A.TXT"), {}}});
    QVERIFY(!dup.ok());
    QVERIFY(dup.error().what.contains(QLatin1String("duplicate")));
}

void TestZipArchive::writerStoresWhatDeflatesTooWell()
{
    // 20 MB of zeros deflates about 1000:1; a package holding it must still be readable.
    auto zip = writeZip({{QStringLiteral("zeros.bin"), QByteArray(20 << 20, '\0')},
                         {QStringLiteral("text.txt"), QByteArray(100000, 'a') + "end"}});
    QVERIFY(zip.ok());
    auto reader = ZipReader::openData(zip.value(), QStringLiteral("t.zip"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    for (const ZipEntry &entry : reader.value()->entries())
        QVERIFY2(entry.size <= 200 * entry.compressedSize, qPrintable(entry.path));
    QCOMPARE(reader.value()->read(QStringLiteral("zeros.bin")).value().size(), 20 << 20);
}

void TestZipArchive::incompressibleMembersAreStored()
{
    QByteArray noise(100000, Qt::Uninitialized);
    QRandomGenerator generator(11);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QByteArray text;
    for (int i = 0; i < 2000; ++i)
        text += "第" + QByteArray::number(i * 7919 % 10007) + "条 审核意见：同意授权。\n";
    auto zip =
        writeZip({{QStringLiteral("scan.jpg"), noise}, {QStringLiteral("opinion.txt"), text}});
    QVERIFY(zip.ok());
    auto reader = ZipReader::openData(zip.value(), QStringLiteral("t.zip"));
    QVERIFY(reader.ok());
    for (const ZipEntry &entry : reader.value()->entries()) {
        if (entry.path == QLatin1String("scan.jpg"))
            QCOMPARE(entry.compressedSize, entry.size);
        else
            QVERIFY(entry.compressedSize < entry.size / 2);
    }
    QCOMPARE(reader.value()->read(QStringLiteral("scan.jpg")).value(), noise);
    QCOMPARE(reader.value()->read(QStringLiteral("opinion.txt")).value(), text);
}

void TestZipArchive::unzipReadsWhatWeWrite()
{
    GD_REQUIRE_TOOL("unzip");
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("t.zip"));
    auto zip = writeZip({{QStringLiteral("attachments/说明.txt"), QByteArrayLiteral("中文\n")},
                         {QStringLiteral("a.txt"), QByteArray(5000, 'x')}});
    QVERIFY(zip.ok());
    QVERIFY(saveFileAtomically(file, zip.value()).ok());
    QProcess unzip;
    unzip.setWorkingDirectory(dir.path());
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-q"), file, QStringLiteral("-d"), QStringLiteral("out")});
    QVERIFY(unzip.waitForFinished());
    QCOMPARE(unzip.exitCode(), 0);
    QFile extracted(dir.filePath(QStringLiteral("out/attachments/说明.txt")));
    QVERIFY(extracted.open(QIODevice::ReadOnly));
    QCOMPARE(extracted.readAll(), QByteArrayLiteral("中文\n"));
    QCOMPARE(QFile(dir.filePath(QStringLiteral("out/a.txt"))).permissions() &
                 QFileDevice::WriteOther,
             QFileDevice::Permissions());
}

void TestZipArchive::atomicSaveLeavesNoFileOnFailure()
{
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(QStringLiteral("no/such/folder/p.gdpkg"));
    QVERIFY(!saveFileAtomically(missingFolder, QByteArrayLiteral("x")).ok());
    QVERIFY(!QFile::exists(missingFolder));
    const QString file = dir.filePath(QStringLiteral("p.gdpkg"));
    QVERIFY(saveFileAtomically(file, QByteArrayLiteral("old")).ok());
    QVERIFY(saveFileAtomically(file, QByteArrayLiteral("new")).ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArrayLiteral("new"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("p.gdpkg")});
}

void TestZipArchive::cancelStopsWriting()
{
    QByteArray noise(2 << 20, Qt::Uninitialized);
    QRandomGenerator generator(7);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    ZipWriteOptions options;
    int calls = 0;
    options.progress = [&calls](double) { return ++calls < 2; };
    auto zip = writeZip({{QStringLiteral("a"), noise}, {QStringLiteral("b"), noise}}, options);
    QVERIFY(!zip.ok());
    QCOMPARE(zip.error().what, QStringLiteral("cancelled"));
}

void TestZipArchive::hostileStructure_data()
{
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("member");
    QTest::addColumn<QString>("reason");
    auto one = [](const QByteArray &name) { return rawzip::build({{name, "x"}}); };
    QTest::newRow("traversal") << one("../../etc/cron.d/evil") << "../../etc/cron.d/evil"
                               << "leaves the package";
    QTest::newRow("traversal inside") << one("attachments/../../x") << "attachments/../../x"
                                      << "leaves the package";
    QTest::newRow("absolute") << one("/etc/passwd") << "/etc/passwd"
                              << "absolute path";
    QTest::newRow("backslash") << one("..\\..\\evil.txt") << "..\\..\\evil.txt"
                               << "backslash";
    QTest::newRow("drive") << one("C:/Windows/evil.dll") << "C:/Windows/evil.dll"
                           << "drive letter";
    QTest::newRow("dot") << one("./review.json") << "./review.json"
                         << "\".\" component";
    QTest::newRow("control") << one("a\x01.txt") << "a\x01.txt"
                             << "control character";
    rawzip::Entry latin1{"caf\xe9.txt", "x"};
    latin1.utf8Flag = false;
    QTest::newRow("not utf-8") << rawzip::build({latin1}) << QString() << "not valid UTF-8";
    QTest::newRow("flagged utf-8 but is not") << one("caf\xe9.txt") << QString() << "damaged";
    rawzip::Entry link{"attachments/link", "/etc/passwd"};
    link.externalAttributes = 0120777u << 16;
    QTest::newRow("symlink") << rawzip::build({link}) << "attachments/link"
                             << "a symbolic link";
    rawzip::Entry fifo{"fifo", ""};
    fifo.externalAttributes = 0010644u << 16;
    QTest::newRow("fifo") << rawzip::build({fifo}) << "fifo"
                          << "a FIFO";
    rawzip::Entry folderFile{"folder/", "content"};
    folderFile.externalAttributes = 0040755u << 16;
    QTest::newRow("folder with content") << rawzip::build({folderFile}) << "folder/"
                                         << "folder entry with content";
    rawzip::Entry dosDir{"dir", ""};
    dosDir.madeBy = 0;
    dosDir.externalAttributes = 0x10;
    QTest::newRow("dos directory without slash") << rawzip::build({dosDir}) << "dir"
                                                 << "directory without";
    QTest::newRow("duplicate") << rawzip::build({{"review.json", "a"}, {"review.json", "b"}})
                               << "review.json"
                               << "duplicate name";
    QTest::newRow("duplicate by case")
        << rawzip::build({{"review.json", "a"}, {"REVIEW.json", "b"}}) << "REVIEW.json"
        << "case or Unicode normalization";
    // "é" precomposed (NFC) and as e + combining acute (NFD).
    QTest::newRow("duplicate by normalization")
        << rawzip::build({{"caf\xc3\xa9", "a"}, {"cafe\xcc\x81", "b"}})
        << QString::fromUtf8("cafe\xcc\x81") << "case or Unicode normalization";
    QTest::newRow("file and folder")
        << rawzip::build({{"attachments", "a"}, {"attachments/x.pdf", "b"}}) << "attachments/x.pdf"
        << "also a file";
    rawzip::Entry method{"m.bin", "abc"};
    method.deflate = false;
    QByteArray bzip = rawzip::build({method});
    bzip[8] = 12; // compression method 12 (bzip2) in the local header …
    bzip[bzip.indexOf(QByteArray("PK\x01\x02", 4)) + 10] = 12; // … and in the central one
    QTest::newRow("unsupported method") << bzip << "m.bin"
                                        << "compression method 12";
}

void TestZipArchive::hostileStructure()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, member);
    QFETCH(QString, reason);
    const QString error = refusal(zip);
    QVERIFY2(!error.isEmpty(), "accepted a hostile archive");
    QVERIFY2(error.startsWith(QStringLiteral("evil.gdpkg: ") + member), qPrintable(error));
    QVERIFY2(error.contains(reason), qPrintable(error));
}

void TestZipArchive::tooManyMembersAtTheRealLimit()
{
    QList<rawzip::Entry> entries;
    for (int i = 0; i < 10000; ++i)
        entries.append({"f" + QByteArray::number(i), QByteArray(), false});
    QVERIFY2(refusal(rawzip::build(entries)).isEmpty(), "10,000 members are allowed");
    entries.append({"one-more", QByteArray(), false});
    const QString error = refusal(rawzip::build(entries));
    QVERIFY2(error.contains(QLatin1String("10001 members, more than the 10000")),
             qPrintable(error));
}

void TestZipArchive::oversizedMemberByHeader()
{
    ZipLimits limits;
    limits.maxMemberSize = 1000;
    QVERIFY(refusal(rawzip::build({{"ok.bin", QByteArray(1000, 'a'), false}}), limits).isEmpty());
    const QString error =
        refusal(rawzip::build({{"big.bin", QByteArray(1001, 'a'), false}}), limits);
    QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: big.bin: 1001 bytes uncompressed")),
             qPrintable(error));
    // The real limit: a header that claims more than 1 GiB is refused before inflating.
    rawzip::Entry huge{"huge.bin", QByteArray(100, 'a'), false};
    huge.declaredSize = (1u << 30) + 1;
    const QString real = refusal(rawzip::build({huge}));
    QVERIFY2(real.contains(QLatin1String("huge.bin: 1073741825 bytes uncompressed, more than the "
                                         "1073741824 bytes")),
             qPrintable(real));
}

void TestZipArchive::oversizedMemberByLyingHeader()
{
    ZipLimits limits;
    limits.maxMemberSize = 1000;
    rawzip::Entry liar{"attachments/liar.bin", QByteArray(5000, 'z')};
    liar.declaredSize = 500;
    const QString error = refusal(rawzip::build({liar}), limits);
    QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: attachments/liar.bin: holds more data "
                                            "than its header declares")),
             qPrintable(error));
    rawzip::Entry shorter{"short.bin", QByteArray(500, 'z')};
    shorter.declaredSize = 900;
    const QString less = refusal(rawzip::build({shorter}));
    QVERIFY2(less.contains(QLatin1String("short.bin")), qPrintable(less));
}

void TestZipArchive::wholeArchiveOverTheLimit()
{
    ZipLimits limits;
    limits.maxTotalSize = 2500;
    QList<rawzip::Entry> entries;
    for (int i = 0; i < 3; ++i)
        entries.append({"part" + QByteArray::number(i), QByteArray(1000, char('a' + i)), false});
    const QString error = refusal(rawzip::build(entries), limits);
    QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: part2: the members up to this one hold "
                                            "3000 bytes")),
             qPrintable(error));
    // The real 4 GiB limit, by (lying) headers of five members of just under 1 GiB each.
    entries.clear();
    for (int i = 0; i < 5; ++i) {
        rawzip::Entry e{"gib" + QByteArray::number(i), QByteArray(100, 'x'), false};
        e.declaredSize = (1u << 30) - 1;
        entries.append(e);
    }
    ZipLimits noRatio;
    noRatio.maxRatio = qint64(1) << 40;
    const QString real = refusal(rawzip::build(entries), noRatio);
    QVERIFY2(real.contains(QLatin1String("gib4: the members up to this one hold")),
             qPrintable(real));
}

void TestZipArchive::realBombIsRefusedByRatio()
{
    // 50 MB of zeros deflate about 1000:1: refused at the default limits, by its header.
    const QByteArray bomb = rawzip::build({{"attachments/bomb.bin", QByteArray(50 << 20, '\0')}});
    QVERIFY(bomb.size() < 200000);
    const QString error = refusal(bomb);
    QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: attachments/bomb.bin: compression "
                                            "ratio")),
             qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("over 200:1")), qPrintable(error));
}

void TestZipArchive::lyingBombIsCaughtWhileInflating()
{
    // The same bomb with a header claiming 1 MB (a harmless-looking ratio): the bytes actually
    // inflated are counted, and inflating stops just past the declared size.
    rawzip::Entry bomb{"attachments/bomb.bin", QByteArray(50 << 20, '\0')};
    bomb.declaredSize = 1 << 20;
    const QByteArray zip = rawzip::build({bomb});
    auto reader = ZipReader::openData(zip, QStringLiteral("evil.gdpkg"));
    QVERIFY2(reader.ok(), "the header alone looks harmless");
    qint64 inflated = 0;
    auto streamed = reader.value()->stream(QStringLiteral("attachments/bomb.bin"),
                                           [&](const char *, qsizetype n) { inflated += n; });
    QVERIFY(!streamed.ok());
    QVERIFY2(streamed.error().what.contains(QLatin1String("more data than its header declares")),
             qPrintable(streamed.error().toString()));
    QVERIFY(inflated <= 1 << 20);
}

void TestZipArchive::badCrc()
{
    rawzip::Entry damaged{"review.pdf", QByteArray(4000, 'q')};
    damaged.crc = 0x12345678;
    const QString error = refusal(rawzip::build({damaged}));
    QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: review.pdf: CRC mismatch")),
             qPrintable(error));
}

void TestZipArchive::truncatedAndNotAZip()
{
    auto zip = writeZip({{QStringLiteral("review.json"), QByteArray(10000, '{')},
                         {QStringLiteral("review.pdf"), QByteArray(10000, 'p')}});
    QVERIFY(zip.ok());
    for (const qsizetype cut : {qsizetype(10), zip.value().size() / 2, zip.value().size() - 1}) {
        const QString error = refusal(zip.value().left(cut));
        QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: truncated ZIP archive")) ||
                     error.startsWith(QLatin1String("evil.gdpkg: damaged or truncated")),
                 qPrintable(QString::number(cut) + QStringLiteral(": ") + error));
    }
    QCOMPARE(refusal(QByteArrayLiteral("%PDF-1.7 not a zip at all")),
             QStringLiteral("evil.gdpkg: not a ZIP archive"));
    QCOMPARE(refusal(QByteArray()), QStringLiteral("evil.gdpkg: not a ZIP archive"));
}

void TestZipArchive::plainFoldersAreAccepted()
{
    rawzip::Entry folder{"attachments/", QByteArray(), false};
    folder.externalAttributes = 0040755u << 16;
    auto reader = ZipReader::openData(rawzip::build({folder, {"attachments/a.txt", "hello"}}),
                                      QStringLiteral("ok.zip"));
    QVERIFY2(reader.ok(), qPrintable(reader.ok() ? QString() : reader.error().toString()));
    QCOMPARE(reader.value()->entries().size(), 1);
    QCOMPARE(reader.value()->read(QStringLiteral("attachments/a.txt")).value(),
             QByteArrayLiteral("hello"));
}

void TestZipArchive::openFileNamesTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("evil.gdpkg"));
    QVERIFY(saveFileAtomically(file, rawzip::build({{"../x", "x"}})).ok());
    auto reader = ZipReader::openFile(file);
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().toString(),
             QStringLiteral("evil.gdpkg: ../x: path leaves the package (\"..\")"));
    auto missing = ZipReader::openFile(dir.filePath(QStringLiteral("none.gdpkg")));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().what.startsWith(QLatin1String("cannot open")));
    QVERIFY(saveFileAtomically(file, QByteArrayLiteral("hello")).ok());
    QCOMPARE(ZipReader::openFile(file).error().toString(),
             QStringLiteral("evil.gdpkg: not a ZIP archive"));
}

QTEST_GUILESS_MAIN(TestZipArchive)

void TestZipArchive::oneReadingOnly_data()
{
    // Whatever 7-Zip, Info-ZIP, bsdtar or Python would extract must be what GrantDesk
    // reads: any byte that one tool reads and another skips is refused.
    QTest::addColumn<QByteArray>("zip");
    QTest::addColumn<QString>("reason");
    const QByteArray good = rawzip::build(
        {{"review.json", QByteArray(3000, '{')}, {"review.pdf", QByteArray(3000, 'p')}});
    const QByteArray evil = rawzip::build({{"review.pdf", QByteArray(3000, 'E')}});
    const quint32 centralOffset =
        qFromLittleEndian<quint32>(good.constData() + good.size() - 22 + 16);
    const qsizetype second = good.indexOf(QByteArray("PK\x03\x04", 4), 4);

    QTest::newRow("another archive prepended, offsets moved (cat + zip -A)")
        << rawzip::insertAndFixOffsets(good, 0, evil) << QStringLiteral("data before the first");
    QTest::newRow("bytes after the end record")
        << good + QByteArray("trailer") << QStringLiteral("data after the end");
    QByteArray commented = good;
    commented[commented.size() - 2] = 7;
    commented += QByteArray("comment");
    QTest::newRow("an archive comment") << commented << QStringLiteral("archive comment");
    QTest::newRow("a gap between members")
        << rawzip::insertAndFixOffsets(good, second, QByteArray(64, 'g'))
        << QStringLiteral("hidden data before this member");
    QTest::newRow("a gap before the central directory")
        << rawzip::insertAndFixOffsets(good, centralOffset, evil)
        << QStringLiteral("between the last member and the central directory");
    QByteArray renamed = good;
    renamed[30 + 7] = 'X'; // "review.json" → "review.Xson" in the first local header only
    QTest::newRow("local header names another file")
        << renamed << QStringLiteral("local header names another file");
    QByteArray method = good;
    method[8] = 0; // deflated → stored, in the local header only
    QTest::newRow("local header's method differs")
        << method << QStringLiteral("compression method");
    QByteArray sized = good;
    sized[22] = char(sized[22] ^ 1); // uncompressed size, local header only
    QTest::newRow("local header's size differs") << sized << QStringLiteral("CRC or sizes");
    QByteArray counted = good;
    counted[counted.size() - 22 + 8] = 1; // entries on this disk: 1 of 2
    QTest::newRow("end record counts two ways") << counted << QStringLiteral("two ways");
}

void TestZipArchive::oneReadingOnly()
{
    QFETCH(QByteArray, zip);
    QFETCH(QString, reason);
    const QString error = refusal(zip);
    QVERIFY2(error.startsWith(QLatin1String("evil.gdpkg: ")) && error.contains(reason),
             qPrintable(error));
    // The same from a file, which is read through a map rather than from memory.
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("evil.gdpkg")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(zip);
    file.close();
    auto reader = ZipReader::openFile(file.fileName());
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().what.contains(reason), qPrintable(reader.error().toString()));
}

#include "tst_ziparchive.moc"
