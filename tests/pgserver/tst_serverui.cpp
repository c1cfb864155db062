// SPDX-License-Identifier: GPL-3.0-or-later
// The office server in the desktop program (issue 16, items 1 and 2), against the private
// PostgreSQL that ctest starts: Tools → Officers grants, revokes and adds as an administrator
// and only shows to a reviewer; Settings → Database tests a connection with a password it
// never keeps and remembers the choice; a server that asks for a password at the start
// offers to sign in and then opens the window.
#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QComboBox>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include "inbox/desksession.h"
#include "inbox/mainwindow.h"
#include "pgtest.h"
#include "services/desk.h"
#include "services/officerservice.h"
#include "settings/databasesettingspage.h"
#include "settings/officersdialog.h"

using namespace gd;

namespace {

const QString kChiefPassword = QStringLiteral("chief-password-1");
const QString kZhangPassword = QStringLiteral("zhang-password-1");

/** Runs @p act on the next modal dialog of type T once it shows (a static getter's, say). */
template <typename T, typename Act> void whenModal(Act act)
{
    QTimer::singleShot(0, qApp, [act] {
        QTRY_VERIFY(qobject_cast<T *>(QApplication::activeModalWidget()));
        act(qobject_cast<T *>(QApplication::activeModalWidget()));
    });
}

int rowOf(QTableWidget *table, const QString &login)
{
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == login)
            return row;
    return -1;
}

} // namespace

class TestServerUi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void administratorGrantsRevokesAndAdds();
    void reviewerOnlySeesTheOfficers();
    void databasePageTestsTheConnectionAndKeepsTheChoice();
    void aServerAskingForAPasswordOffersSignIn();

private:
    QString locatorFor(const QString &login) const;
    std::shared_ptr<Desk> openAs(const QString &login, const QString &password) const;
    QStringList groupsOf(const QString &login) const;

    QString m_database;
    QString m_chief;
    QString m_zhang;
    QString m_superPassword;
};

QString TestServerUi::locatorFor(const QString &login) const
{
    const auto s = pgtest::connectionSettings();
    Desk::ServerAddress address;
    address.host = s.value(QStringLiteral("PGHOST"));
    address.port = s.value(QStringLiteral("PGPORT")).toInt();
    address.database = m_database;
    address.login = login;
    return Desk::serverLocation(address);
}

std::shared_ptr<Desk> TestServerUi::openAs(const QString &login, const QString &password) const
{
    Desk::Options options;
    options.lock = false;
    options.password = password;
    auto desk = Desk::open(locatorFor(login), options);
    return desk ? desk.value() : nullptr;
}

QStringList TestServerUi::groupsOf(const QString &login) const
{
    const auto officers = OfficerService(openAs(m_chief, kChiefPassword)).list();
    for (const OfficerInfo &officer : officers.value())
        if (officer.login == login)
            return officer.groups;
    return {};
}

void TestServerUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_serverui"));
    const auto s = pgtest::connectionSettings();
    QVERIFY2(!s.isEmpty(), "needs the private server (GRANTDESK_PG_STATE)");
    const QString run = QString::number(QCoreApplication::applicationPid());
    m_database = QStringLiteral("serverui_") + run;
    m_chief = QStringLiteral("chief") + run;
    m_zhang = QStringLiteral("zhang") + run;
    m_superPassword = s.value(QStringLiteral("PGPASSWORD"));
    // Only the superuser's setup uses libpq's PGPASSWORD; the officers type theirs.
    qputenv("PGPASSWORD", m_superPassword.toUtf8());
    const Status ready =
        OfficerService::initServer(locatorFor(s.value(QStringLiteral("PGUSER"))), m_chief,
                                   QStringLiteral("陈主任"), kChiefPassword);
    qunsetenv("PGPASSWORD");
    QVERIFY2(ready.ok(), qPrintable(ready.ok() ? QString() : ready.error().toString()));
    const Status added =
        OfficerService(openAs(m_chief, kChiefPassword))
            .add(m_zhang, QStringLiteral("张敏"), kZhangPassword, QStringLiteral("reviewer"));
    QVERIFY2(added.ok(), qPrintable(added.ok() ? QString() : added.error().toString()));
}

void TestServerUi::cleanupTestCase()
{
    QSqlDatabase::removeDatabase(QStringLiteral("serverui-drop"));
    {
        QSqlDatabase db = pgtest::connection(QStringLiteral("serverui-drop"));
        db.setDatabaseName(QStringLiteral("postgres"));
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
            for (const QString &role : {m_chief, m_zhang, QStringLiteral("liu") + m_chief.mid(5)})
                q.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("serverui-drop"));
}

void TestServerUi::administratorGrantsRevokesAndAdds()
{
    OfficersDialog dialog(openAs(m_chief, kChiefPassword));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("officersTable"));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("officersMessage"));
    QVERIFY(table && message);
    const int row = rowOf(table, m_zhang);
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, 1)->text(), QStringLiteral("张敏"));
    QCOMPARE(table->item(row, 2)->checkState(), Qt::Checked);   // reviewer
    QCOMPARE(table->item(row, 3)->checkState(), Qt::Unchecked); // approver

    // Ticked: the server grants it at once; cleared: it revokes it.
    table->item(row, 3)->setCheckState(Qt::Checked);
    QCOMPARE(groupsOf(m_zhang),
             QStringList({QStringLiteral("reviewer"), QStringLiteral("approver")}));
    QVERIFY2(message->text().contains(m_zhang), qPrintable(message->text()));
    table->item(rowOf(table, m_zhang), 3)->setCheckState(Qt::Unchecked);
    QCOMPARE(groupsOf(m_zhang), QStringList({QStringLiteral("reviewer")}));

    // Add Officer…: a new login in one role; a short password is the server's refusal, said.
    const QString liu = QStringLiteral("liu") + m_chief.mid(5);
    auto fill = [liu](const QString &password) {
        return [liu, password](QDialog *ask) {
            ask->findChild<QLineEdit *>(QStringLiteral("newLogin"))->setText(liu);
            ask->findChild<QLineEdit *>(QStringLiteral("newName"))->setText(QStringLiteral("刘芳"));
            ask->findChild<QLineEdit *>(QStringLiteral("newPassword"))->setText(password);
            ask->findChild<QLineEdit *>(QStringLiteral("newPasswordAgain"))->setText(password);
            auto *role = ask->findChild<QComboBox *>(QStringLiteral("newRole"));
            role->setCurrentIndex(role->findData(QStringLiteral("approver")));
            ask->accept();
        };
    };
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addOfficer"));
    QVERIFY(add->isEnabled());
    whenModal<QDialog>(fill(QStringLiteral("short")));
    add->click();
    QVERIFY2(message->text().contains(QStringLiteral("12")), qPrintable(message->text()));
    QCOMPARE(rowOf(table, liu), -1);
    whenModal<QDialog>(fill(QStringLiteral("liu-password-12")));
    add->click();
    QVERIFY(rowOf(table, liu) >= 0);
    QCOMPARE(groupsOf(liu), QStringList({QStringLiteral("approver")}));
}

void TestServerUi::reviewerOnlySeesTheOfficers()
{
    OfficersDialog dialog(openAs(m_zhang, kZhangPassword));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("officersTable"));
    QVERIFY(rowOf(table, m_chief) >= 0);
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("addOfficer"))->isEnabled());
    const int row = rowOf(table, m_zhang);
    QVERIFY(!(table->item(row, 3)->flags() & Qt::ItemIsUserCheckable));
}

void TestServerUi::databasePageTestsTheConnectionAndKeepsTheChoice()
{
    Desk::setStartLocation({});
    DatabaseSettingsPage page(Desk::defaultLocation());
    QVERIFY(page.findChild<QRadioButton *>(QStringLiteral("embeddedDatabase"))->isChecked());
    QVERIFY(page.chosenLocation().isEmpty());
    const auto s = pgtest::connectionSettings();
    page.findChild<QRadioButton *>(QStringLiteral("officeServer"))->setChecked(true);
    page.findChild<QLineEdit *>(QStringLiteral("serverHost"))
        ->setText(s.value(QStringLiteral("PGHOST")));
    page.findChild<QSpinBox *>(QStringLiteral("serverPort"))
        ->setValue(s.value(QStringLiteral("PGPORT")).toInt());
    page.findChild<QLineEdit *>(QStringLiteral("serverDatabase"))->setText(m_database);
    page.findChild<QLineEdit *>(QStringLiteral("serverLogin"))->setText(m_zhang);
    auto *password = page.findChild<QLineEdit *>(QStringLiteral("serverPassword"));
    auto *result = page.findChild<QLabel *>(QStringLiteral("connectionResult"));
    auto *test = page.findChild<QPushButton *>(QStringLiteral("testConnection"));

    password->setText(QStringLiteral("not-the-password"));
    test->click();
    QVERIFY2(result->text().contains(QStringLiteral("password")), qPrintable(result->text()));
    password->setText(kZhangPassword);
    test->click();
    QVERIFY2(result->text().contains(QStringLiteral("张敏")) &&
                 result->text().contains(QStringLiteral("reviewer")),
             qPrintable(result->text()));

    // Kept for the next start: the locator only, never the password.
    QCOMPARE(page.chosenLocation(), locatorFor(m_zhang));
    whenModal<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::No)->click(); });
    QVERIFY(page.apply());
    QCOMPARE(Desk::startLocation(), locatorFor(m_zhang));
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(kZhangPassword));
    Desk::setStartLocation({});
    QCOMPARE(Desk::startLocation(), Desk::defaultLocation());
}

void TestServerUi::aServerAskingForAPasswordOffersSignIn()
{
    DeskSession::Options options;
    options.path = locatorFor(m_zhang);
    DeskSession session(options);
    session.start();
    QMessageBox *box = session.openFailure();
    QVERIFY(box);
    QCOMPARE(box->objectName(), QStringLiteral("serverOpenError"));
    QVERIFY2(box->text().contains(QStringLiteral("password")), qPrintable(box->text()));
    auto *signIn = box->findChild<QPushButton *>(QStringLiteral("signInToServer"));
    QVERIFY(signIn);
    whenModal<QInputDialog>([](QInputDialog *ask) {
        ask->setTextValue(kZhangPassword);
        ask->accept();
    });
    signIn->click();
    QTRY_VERIFY(session.window());
    QVERIFY(session.desk()->isOnServer());
    QVERIFY2(session.window()->windowTitle().contains(m_zhang),
             qPrintable(session.window()->windowTitle()));
}

QTEST_MAIN(TestServerUi)
#include "tst_serverui.moc"
