// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 18: a second start refused ("already open in another GrantDesk") instead of showing the
// window that is open. SingleInstance hands the second start's package files to the running
// program over an owner-only local socket named after the database.
#include <thread>

#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/singleinstance.h"

using namespace gd;

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private slots:
    void nothingRunningMeansStartAlone()
    {
        QTemporaryDir dir;
        const SingleInstance second(dir.filePath(QStringLiteral("a.sqlite")), dir.path());
        QVERIFY(!second.socketPath().isEmpty());
        QVERIFY(!second.handToRunning({}, 200));
    }

    void theRunningOneGetsThePackages()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        SingleInstance first(db, dir.path());
        QVERIFY(first.listen());
        // Owner-only: nobody else may connect to it.
        QCOMPARE(QFileInfo(first.socketPath()).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QSignalSpy activated(&first, &SingleInstance::activated);

        // The second start blocks on the socket; the first answers from its event loop.
        bool handed = false;
        std::thread second([&] {
            handed =
                SingleInstance(db, dir.path()).handToRunning({QStringLiteral("case.gdpkg")}, 5000);
        });
        QTRY_COMPARE(activated.size(), 1);
        second.join();
        QVERIFY(handed);
        const QStringList packages = activated.first().first().toStringList();
        QCOMPARE(packages.size(), 1);
        QVERIFY(QFileInfo(packages.first()).isAbsolute());
        QVERIFY(packages.first().endsWith(QLatin1String("/case.gdpkg")));
    }

    void anotherDatabaseIsAnotherInstance()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.filePath(QStringLiteral("a.sqlite")), dir.path());
        QVERIFY(first.listen());
        const SingleInstance other(dir.filePath(QStringLiteral("b.sqlite")), dir.path());
        QVERIFY(other.socketPath() != first.socketPath());
        QVERIFY(!other.handToRunning({}, 200));
    }

    void aSocketLeftByAKilledProgramIsReplaced()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("a.sqlite"));
        SingleInstance first(db, dir.path());
        QFile stale(first.socketPath());
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        QVERIFY(first.listen());
    }

    void aPathTooLongForASocketStandsAlone()
    {
        QTemporaryDir dir;
        const QString deep = dir.filePath(QString(120, QLatin1Char('d')));
        SingleInstance lone(dir.filePath(QStringLiteral("a.sqlite")), deep);
        QVERIFY(lone.socketPath().isEmpty());
        QVERIFY(!lone.listen());
        QVERIFY(!lone.handToRunning({}, 200));
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
