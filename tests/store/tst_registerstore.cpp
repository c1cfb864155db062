// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTemporaryDir>
#include <QTest>

#include "common/testdatabase.h"
#include "storefixtures.h"
#include "store/database.h"
#include "store/registerstore.h"
#include "store/repositories.h"

using namespace gd;
using namespace gd::test;

/** The local resource register: upserts and status history. */
class TestRegisterStore final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void importAddsThenReimportIsUnchanged();
    void statusChangesAreKeptAsHistory();
    void olderExportDoesNotOverwriteNewerEntry();
    void unknownAndEmptyCodesAreUnregistered();
    void catalogueOperationIsKept();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
};

void TestRegisterStore::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = gd::test::openTestDatabase(m_dir->filePath(QStringLiteral("register.sqlite")));
    QVERIFY(db.ok());
    m_db = db.value();
}

static RegisterFile fileWith(QList<RegisteredResource> resources)
{
    RegisterFile file;
    file.source = QStringLiteral("广州市公共数据资源登记平台");
    file.exportedAt = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC);
    file.resources = std::move(resources);
    return file;
}

void TestRegisterStore::importAddsThenReimportIsUnchanged()
{
    const auto store = makeRegisterStore(m_db);
    const auto file = fileWith({registered(QStringLiteral("A"), RegistrationStatus::Active),
                                registered(QStringLiteral("B"), RegistrationStatus::Changed)});
    auto first = store->importFile(file);
    QVERIFY(first.ok());
    QCOMPARE(first->added, 2);
    auto second = store->importFile(file);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->unchanged, 2);
    QCOMPARE(store->count().value(), 2);
    QCOMPARE(store->history(QStringLiteral("A"))->size(), 1);
}

void TestRegisterStore::statusChangesAreKeptAsHistory()
{
    const auto store = makeRegisterStore(m_db);
    const QString code = QStringLiteral("GZH-520000-2024-000317");
    QVERIFY(store
                ->importFile(
                    fileWith({registered(code, RegistrationStatus::Active, QDate(2025, 1, 1))}))
                .ok());
    QVERIFY(store
                ->importFile(
                    fileWith({registered(code, RegistrationStatus::Corrected, QDate(2025, 6, 1))}))
                .ok());
    auto summary = store->importFile(
        fileWith({registered(code, RegistrationStatus::Cancelled, QDate(2026, 1, 15))}));
    QCOMPARE(summary->updated, 1);
    QCOMPARE(store->status(code).value(), RegistrationStatus::Cancelled);
    const auto history = store->history(code).value();
    QCOMPARE(history.size(), 3);
    QCOMPARE(history.at(0).status, RegistrationStatus::Active);
    QCOMPARE(history.at(1).status, RegistrationStatus::Corrected);
    QCOMPARE(history.at(2).status, RegistrationStatus::Cancelled);
    QCOMPARE(history.at(2).updatedAt, QDate(2026, 1, 15));
}

void TestRegisterStore::olderExportDoesNotOverwriteNewerEntry()
{
    const auto store = makeRegisterStore(m_db);
    QVERIFY(store
                ->importFile(fileWith({registered(
                    QStringLiteral("A"), RegistrationStatus::Cancelled, QDate(2026, 2, 1))}))
                .ok());
    auto summary = store->importFile(
        fileWith({registered(QStringLiteral("A"), RegistrationStatus::Active, QDate(2025, 2, 1))}));
    QCOMPARE(summary->unchanged, 1);
    QCOMPARE(store->status(QStringLiteral("A")).value(), RegistrationStatus::Cancelled);
}

void TestRegisterStore::unknownAndEmptyCodesAreUnregistered()
{
    const auto store = makeRegisterStore(m_db);
    QCOMPARE(store->status(QString()).value(), RegistrationStatus::Unregistered);
    QCOMPARE(store->status(QStringLiteral("nope")).value(), RegistrationStatus::Unregistered);
    QVERIFY(!store->find(QStringLiteral("nope")).value().has_value());
}

/**
 * The catalogue's 授权运营类型 and 运营审核方式 (schema 9): stored, read back, changed by a file
 * that gives them, kept when a file without them (an older export format) is imported.
 */
void TestRegisterStore::catalogueOperationIsKept()
{
    const auto store = makeRegisterStore(m_db);
    RegisteredResource entry = registered(QStringLiteral("A"), RegistrationStatus::Active);
    entry.operationType = QStringLiteral("有条件授权运营");
    entry.operationReview = QStringLiteral("数源单位审核");
    QCOMPARE(store->importFile(fileWith({entry}))->added, 1);
    auto found = store->find(QStringLiteral("A")).value();
    QVERIFY(found.has_value());
    QCOMPARE(found->operationType, QStringLiteral("有条件授权运营"));
    QCOMPARE(found->operationReview, QStringLiteral("数源单位审核"));

    // The same entry from an export without the fields: unchanged, the fields stay.
    RegisteredResource plain = registered(QStringLiteral("A"), RegistrationStatus::Active);
    QCOMPARE(store->importFile(fileWith({plain}))->unchanged, 1);
    plain.name = QStringLiteral("改名后的资源");
    QCOMPARE(store->importFile(fileWith({plain}))->updated, 1);
    found = store->find(QStringLiteral("A")).value();
    QCOMPARE(found->name, QStringLiteral("改名后的资源"));
    QCOMPARE(found->operationType, QStringLiteral("有条件授权运营"));

    // A file that gives other values updates them.
    entry.name = plain.name;
    entry.operationType = QStringLiteral("不予授权运营");
    QCOMPARE(store->importFile(fileWith({entry}))->updated, 1);
    QCOMPARE(store->find(QStringLiteral("A")).value()->operationType,
             QStringLiteral("不予授权运营"));
}

QTEST_GUILESS_MAIN(TestRegisterStore)
#include "tst_registerstore.moc"
