// SPDX-License-Identifier: GPL-3.0-or-later
// Another officer's change reaches an open desk within a second (issue 16, item 3): two
// connections to one office server database; what one stores, the other's ChangeFeed
// announces; a connection is not told about its own changes; the embedded file is silent.
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "services/changefeed.h"
#include "services/desk.h"
#include "store/applicationstore.h"
#include "store/repositories.h"
#include "store/storefixtures.h"

using namespace gd;

class TestChangeFeed final : public QObject
{
    Q_OBJECT

private slots:
    void anotherConnectionsChangeArrivesWithinASecond()
    {
        QVERIFY2(test::onPostgres(), "runs against the office server (GRANTDESK_TEST_ENGINE)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("feed.sqlite"));
        auto mine = test::openTestDatabase(path);
        QVERIFY(mine.ok());
        auto theirs = test::openTestDatabase(path);
        QVERIFY(theirs.ok());
        ChangeFeed feed(Desk::over(*mine));
        QVERIFY(feed.isLive());
        QSignalSpy spy(&feed, &ChangeFeed::changed);

        QElapsedTimer timer;
        timer.start();
        const auto stored = makeApplicationStore(*theirs)->store(test::parsed(
            test::makeApplication(QStringLiteral("GZ-2026-0901"), 1, QStringLiteral("交通"),
                                  QStringLiteral("信号配时"))));
        QVERIFY(stored.ok());
        QVERIFY(spy.wait(1000));
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(spy.first().first().toString(), QStringLiteral("GZ-2026-0901 v1"));

        // This connection's own change is not announced back to it.
        spy.clear();
        QVERIFY(makeApplicationStore(*mine)
                    ->store(test::parsed(test::makeApplication(QStringLiteral("GZ-2026-0902"), 1,
                                                               QStringLiteral("交通"),
                                                               QStringLiteral("公交"))))
                    .ok());
        QVERIFY(!spy.wait(500));
    }

    void theEmbeddedFileIsSilent()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("desk.sqlite")));
        QVERIFY(db.ok());
        QVERIFY(!ChangeFeed(Desk::over(*db)).isLive());
    }
};

QTEST_GUILESS_MAIN(TestChangeFeed)
#include "tst_changefeed.moc"
