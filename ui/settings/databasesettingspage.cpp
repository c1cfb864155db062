// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasesettingspage.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "common/palette.h"
#include "core/identitytext.h"
#include "services/desk.h"
#include "services/officerservice.h"
#include "settings/officergroups.h"

namespace gd {

DatabaseSettingsPage::DatabaseSettingsPage(const QString &openLocation, QWidget *parent)
    : SettingsPage(parent)
    , m_openLocation(openLocation)
    , m_embedded(new QRadioButton(tr("This &workstation's database"), this))
    , m_server(new QRadioButton(tr("The &office server (PostgreSQL)"), this))
    , m_serverForm(new QWidget(this))
    , m_host(new QLineEdit(m_serverForm))
    , m_port(new QSpinBox(m_serverForm))
    , m_database(new QLineEdit(m_serverForm))
    , m_login(new QLineEdit(m_serverForm))
    , m_password(new QLineEdit(m_serverForm))
    , m_test(new QPushButton(tr("&Test Connection"), m_serverForm))
    , m_result(new QLabel(m_serverForm))
{
    setObjectName(QStringLiteral("databasePage"));
    m_embedded->setObjectName(QStringLiteral("embeddedDatabase"));
    m_server->setObjectName(QStringLiteral("officeServer"));
    m_host->setObjectName(QStringLiteral("serverHost"));
    m_port->setObjectName(QStringLiteral("serverPort"));
    m_database->setObjectName(QStringLiteral("serverDatabase"));
    m_login->setObjectName(QStringLiteral("serverLogin"));
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_result->setObjectName(QStringLiteral("connectionResult"));

    layOut();
    connect(m_embedded, &QRadioButton::toggled, this, &DatabaseSettingsPage::updateEnabled);
    connect(m_test, &QPushButton::clicked, this, &DatabaseSettingsPage::testConnection);
    load();
}

void DatabaseSettingsPage::layOut()
{
    auto *embeddedNote = new QLabel(
        tr("A file on this computer: only this workstation sees its cases, and whoever holds "
           "the file holds every role.\n%1")
            .arg(Desk::defaultLocation()),
        this);
    embeddedNote->setWordWrap(true);
    embeddedNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_host->setPlaceholderText(tr("host name, or the folder of its socket"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setPlaceholderText(QStringLiteral("grantdesk"));
    m_login->setPlaceholderText(tr("your login on the server"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only to test; never kept"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // server messages and names are never markup
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout(m_serverForm);
    form->setContentsMargins(24, 0, 0, 0);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("Port:"), m_serverForm));
    hostRow->addWidget(m_port);
    form->addRow(tr("&Server:"), hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    form->addRow(testRow);
    form->addRow(m_result);

    auto *serverNote = new QLabel(
        tr("Officers sign in as their own login, and the server decides what each may do. "
           "At the start GrantDesk asks for the password unless the server takes this "
           "workstation's client certificate or ~/.pgpass."),
        this);
    serverNote->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_embedded);
    auto *embeddedBox = new QVBoxLayout;
    embeddedBox->setContentsMargins(24, 0, 0, 8);
    embeddedBox->addWidget(embeddedNote);
    layout->addLayout(embeddedBox);
    layout->addWidget(m_server);
    auto *serverBox = new QVBoxLayout;
    serverBox->setContentsMargins(24, 0, 0, 0);
    serverBox->addWidget(serverNote);
    layout->addLayout(serverBox);
    layout->addWidget(m_serverForm);
    const auto openServer = Desk::serverAddress(m_openLocation);
    const QString openName =
        openServer ? QStringLiteral("%1@%2/%3")
                         .arg(openServer->login, openServer->host, openServer->database)
                   : m_openLocation;
    auto *openNow = new QLabel(
        tr("Open now: %1. A change takes effect when GrantDesk starts next.").arg(openName), this);
    openNow->setObjectName(QStringLiteral("openDatabase"));
    openNow->setWordWrap(true);
    layout->addStretch(1);
    layout->addWidget(openNow);
}

QString DatabaseSettingsPage::title() const
{
    return tr("Database");
}

void DatabaseSettingsPage::load()
{
    const auto address = Desk::serverAddress(Desk::startLocation());
    m_server->setChecked(address.has_value());
    m_embedded->setChecked(!address);
    if (address) {
        m_host->setText(address->host);
        m_port->setValue(address->port);
        m_database->setText(address->database);
        m_login->setText(address->login);
        m_keptOptions = address->options;
    }
    updateEnabled();
}

void DatabaseSettingsPage::updateEnabled()
{
    m_serverForm->setEnabled(m_server->isChecked());
}

QString DatabaseSettingsPage::chosenLocation() const
{
    if (m_embedded->isChecked())
        return {};
    Desk::ServerAddress address;
    address.host = m_host->text();
    address.port = m_port->value();
    address.database = m_database->text();
    address.login = m_login->text();
    address.options = m_keptOptions;
    return Desk::serverLocation(address);
}

QString DatabaseSettingsPage::formProblem() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Name the server: its host name, or the folder of its socket.");
    if (m_database->text().trimmed().isEmpty())
        return tr("Name the database on the server.");
    if (m_login->text().trimmed().isEmpty())
        return tr("Give your login on the server.");
    return {};
}

void DatabaseSettingsPage::testConnection()
{
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        showResult(false, problem);
        return;
    }
    Desk::Options options;
    options.lock = false;
    options.readOnly = true; // a test changes nothing on the server
    options.password = m_password->text();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto desk = Desk::open(chosenLocation(), options);
    const auto self =
        desk ? OfficerService(desk.value()).self() : Result<OfficerInfo>(desk.error());
    QApplication::restoreOverrideCursor();
    if (!self) {
        showResult(false, tr("Not connected: %1").arg(self.error().toString()));
        return;
    }
    showResult(true, tr("Connected as %1 (%2): %3.")
                         .arg(identitytext::displaySafe(self->name), self->login,
                              self->groups.isEmpty() ? tr("no GrantDesk role yet")
                                                     : officergroups::labels(self->groups)));
}

void DatabaseSettingsPage::showResult(bool ok, const QString &text)
{
    m_result->setStyleSheet(palette::textStyle(ok ? palette::kOk : palette::kBad));
    m_result->setText(text);
}

bool DatabaseSettingsPage::apply()
{
    if (m_server->isChecked()) {
        if (const QString problem = formProblem(); !problem.isEmpty()) {
            showResult(false, problem);
            return false;
        }
    }
    const QString chosen = chosenLocation();
    const QString before = Desk::startLocation();
    Desk::setStartLocation(chosen);
    const QString now = Desk::startLocation();
    if (now == before || now == m_openLocation)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Database"),
        tr("GrantDesk opens the chosen database when it starts next. Restart now? Open "
           "reviews are saved first."),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer == QMessageBox::Yes)
        emit restartRequested();
    return true;
}

} // namespace gd
