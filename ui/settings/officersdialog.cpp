// SPDX-License-Identifier: GPL-3.0-or-later
#include "officersdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QComboBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include "common/palette.h"
#include "core/identitytext.h"
#include "services/desk.h"
#include "settings/officergroups.h"

namespace gd {
namespace {

const QStringList kGroups = {QStringLiteral("reviewer"), QStringLiteral("approver"),
                             QStringLiteral("administrator")};
constexpr int kFirstGroupColumn = 2;

/** Asks for a new officer: login, name, password twice and the first role. */
class AddOfficerDialog final : public QDialog
{
public:
    explicit AddOfficerDialog(QWidget *parent)
        : QDialog(parent)
        , m_login(new QLineEdit(this))
        , m_name(new QLineEdit(this))
        , m_password(new QLineEdit(this))
        , m_repeat(new QLineEdit(this))
        , m_group(new QComboBox(this))
        , m_problem(new QLabel(this))
    {
        setWindowTitle(OfficersDialog::tr("Add Officer"));
        m_login->setObjectName(QStringLiteral("newLogin"));
        m_name->setObjectName(QStringLiteral("newName"));
        m_password->setObjectName(QStringLiteral("newPassword"));
        m_repeat->setObjectName(QStringLiteral("newPasswordAgain"));
        m_group->setObjectName(QStringLiteral("newRole"));
        m_login->setPlaceholderText(OfficersDialog::tr("lower-case letters, digits and _"));
        for (const QString &group : kGroups)
            m_group->addItem(officergroups::label(group), group);
        m_password->setEchoMode(QLineEdit::Password);
        m_repeat->setEchoMode(QLineEdit::Password);
        m_password->setPlaceholderText(OfficersDialog::tr("at least 12 characters"));
        m_problem->setStyleSheet(palette::textStyle(palette::kBad));
        m_problem->setTextFormat(Qt::PlainText);
        m_problem->setWordWrap(true);
        auto *form = new QFormLayout;
        form->addRow(OfficersDialog::tr("&Login:"), m_login);
        form->addRow(OfficersDialog::tr("&Name:"), m_name);
        form->addRow(OfficersDialog::tr("&Password:"), m_password);
        form->addRow(OfficersDialog::tr("&Again:"), m_repeat);
        form->addRow(OfficersDialog::tr("&Role:"), m_group);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        connect(buttons, &QDialogButtonBox::accepted, this, &AddOfficerDialog::check);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        auto *layout = new QVBoxLayout(this);
        layout->addLayout(form);
        layout->addWidget(m_problem);
        layout->addWidget(buttons);
    }

    QString login() const { return m_login->text().trimmed(); }
    QString name() const { return m_name->text().trimmed(); }
    QString password() const { return m_password->text(); }
    QString group() const { return m_group->currentData().toString(); }

private:
    void check()
    {
        if (login().isEmpty() || name().isEmpty())
            m_problem->setText(OfficersDialog::tr("The officer needs a login and a name."));
        else if (m_password->text().isEmpty())
            m_problem->setText(OfficersDialog::tr("Give the officer a password."));
        else if (m_password->text() != m_repeat->text())
            m_problem->setText(OfficersDialog::tr("The two passwords differ."));
        else
            accept();
    }

    QLineEdit *m_login;
    QLineEdit *m_name;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QComboBox *m_group;
    QLabel *m_problem;
};

} // namespace

OfficersDialog::OfficersDialog(std::shared_ptr<Desk> desk, QWidget *parent)
    : QDialog(parent)
    , m_officers(std::move(desk))
    , m_who(new QLabel(this))
    , m_table(new QTableWidget(0, kFirstGroupColumn + int(kGroups.size()), this))
    , m_add(new QPushButton(tr("&Add Officer…"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("officersDialog"));
    setWindowTitle(tr("Officers"));
    m_table->setObjectName(QStringLiteral("officersTable"));
    m_add->setObjectName(QStringLiteral("addOfficer"));
    m_message->setObjectName(QStringLiteral("officersMessage"));
    m_who->setWordWrap(true);
    m_who->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    QStringList headers{tr("Login"), tr("Name")};
    for (const QString &group : kGroups)
        headers << officergroups::label(group);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &OfficersDialog::addOfficer);
    connect(m_table, &QTableWidget::cellChanged, this, &OfficersDialog::toggled);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_who);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(row);
    resize(720, 460);
    reload();
}

void OfficersDialog::reload()
{
    const auto self = m_officers.self();
    m_administrator = self && self->groups.contains(QLatin1String("administrator"));
    if (!self)
        m_who->setText(
            tr("Who this connection is could not be read: %1").arg(self.error().what));
    else
        m_who->setText(m_administrator
                           ? tr("Signed in as %1, an administrator: tick or clear a role to "
                                "grant or revoke it; the server applies it at once.")
                                 .arg(identitytext::displaySafe(self->name))
                           : tr("Signed in as %1. Only an administrator of the office server "
                                "changes officers and their roles.")
                                 .arg(identitytext::displaySafe(self->name)));
    m_add->setEnabled(m_administrator);

    const auto officers = m_officers.list();
    m_filling = true;
    m_table->setRowCount(0);
    m_shown = officers ? officers.value() : QList<OfficerInfo>{};
    if (!officers)
        showMessage(false,
                    tr("The officers could not be read: %1").arg(officers.error().what));
    for (const OfficerInfo &officer : std::as_const(m_shown)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *login = new QTableWidgetItem(officer.login);
        login->setFlags(Qt::ItemIsEnabled);
        auto *name = new QTableWidgetItem(identitytext::displaySafe(officer.name));
        name->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, 0, login);
        m_table->setItem(row, 1, name);
        for (int g = 0; g < kGroups.size(); ++g) {
            auto *box = new QTableWidgetItem;
            box->setFlags(m_administrator ? Qt::ItemIsEnabled | Qt::ItemIsUserCheckable
                                          : Qt::ItemFlags{});
            box->setCheckState(officer.groups.contains(kGroups[g]) ? Qt::Checked : Qt::Unchecked);
            m_table->setItem(row, kFirstGroupColumn + g, box);
        }
    }
    m_filling = false;
}

void OfficersDialog::toggled(int row, int column)
{
    if (m_filling || column < kFirstGroupColumn || row >= m_shown.size())
        return;
    const QString login = m_shown[row].login;
    const QString group = kGroups[column - kFirstGroupColumn];
    const bool grant = m_table->item(row, column)->checkState() == Qt::Checked;
    const Status done = grant ? m_officers.grant(login, group) : m_officers.revoke(login, group);
    if (!done)
        showMessage(false, tr("The server refused: %1").arg(done.error().what));
    else
        showMessage(true, grant
                              ? tr("%1 is now also %2.").arg(login, officergroups::label(group))
                              : tr("%1 is no longer %2.").arg(login, officergroups::label(group)));
    reload(); // what the server holds, whichever way it went
}

void OfficersDialog::addOfficer()
{
    AddOfficerDialog ask(this);
    if (ask.exec() != QDialog::Accepted)
        return;
    const Status added = m_officers.add(ask.login(), ask.name(), ask.password(), ask.group());
    if (!added)
        showMessage(false, tr("The officer was not added: %1").arg(added.error().what));
    else
        showMessage(true, tr("%1 (%2) was added as %3.")
                              .arg(ask.name(), ask.login(), officergroups::label(ask.group())));
    reload();
}

void OfficersDialog::showMessage(bool ok, const QString &text)
{
    m_message->setStyleSheet(palette::textStyle(ok ? palette::kOk : palette::kBad));
    m_message->setText(text);
}

} // namespace gd
