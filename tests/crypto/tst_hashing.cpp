// SPDX-License-Identifier: GPL-3.0-or-later
// The digests of models/core/hashing: known vectors, and the block-by-block forms (which read
// attachments and files in 1 MiB blocks) against the one-call form on sizes around the block.
#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "core/hashing.h"

using namespace gd;

class TestHashing final : public QObject
{
    Q_OBJECT

private slots:
    void knownVectors();
    void blocksAgreeWithTheWhole_data();
    void blocksAgreeWithTheWhole();
    void unreadableFileHasNoDigest();
};

void TestHashing::knownVectors()
{
    // FIPS 180-2 and GB/T 32905-2016 appendix A: "abc".
    QCOMPARE(hashing::sha256Hex("abc"),
             QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QCOMPARE(hashing::sm3Hex("abc"),
             QStringLiteral("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0"));
    hashing::Hasher pieces(hashing::Algorithm::Sm3);
    pieces.add("a", 1);
    pieces.add("bc", 2);
    QCOMPARE(pieces.hexDigest(), hashing::sm3Hex("abc"));
    QCOMPARE(pieces.hexDigest(), QString()); // ended: no second digest of nothing
}

void TestHashing::blocksAgreeWithTheWhole_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<qint64>("hint");
    const qint64 block = 1 << 20;
    QTest::newRow("empty") << qint64(0) << qint64(0);
    QTest::newRow("small") << qint64(1000) << qint64(1000);
    QTest::newRow("one block") << block << block;
    QTest::newRow("one block and one byte") << block + 1 << block + 1;
    QTest::newRow("three and a half, no hint") << 3 * block + block / 2 << qint64(0);
    QTest::newRow("hint too small") << 2 * block + 7 << qint64(10);
}

void TestHashing::blocksAgreeWithTheWhole()
{
    QFETCH(qint64, size);
    QFETCH(qint64, hint);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    QRandomGenerator rng{quint32(size)};
    for (char &c : bytes)
        c = char(rng.bounded(256));

    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QByteArray read("left over");
    QCOMPARE(hashing::readSha256(buffer, hint, read), hashing::sha256Hex(bytes));
    QCOMPARE(read, bytes);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("blob.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
    file.close();
    QCOMPARE(hashing::fileDigestHex(path, hashing::Algorithm::Sm3), hashing::sm3Hex(bytes));
    QCOMPARE(hashing::fileDigestHex(path, hashing::Algorithm::Sha256), hashing::sha256Hex(bytes));
}

void TestHashing::unreadableFileHasNoDigest()
{
    QTemporaryDir dir;
    QCOMPARE(
        hashing::fileDigestHex(dir.filePath(QStringLiteral("missing")), hashing::Algorithm::Sha256),
        QString());
    QCOMPARE(hashing::fileDigestHex(dir.path(), hashing::Algorithm::Sha256), QString());
}

QTEST_GUILESS_MAIN(TestHashing)
#include "tst_hashing.moc"
