// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>

namespace gd {

class Database;

/**
 * Tells an open database's holder that another connection changed a case (issue 16: open
 * inboxes and tabs follow another officer's change within a second). On the office server
 * every change of a version, a review, an answer or a note is announced by the server
 * (LISTEN/NOTIFY, channel "grantdesk_changes", payload "ID vN"); the embedded file is one
 * workstation's and announces nothing. Notifications arrive through the event loop of the
 * thread that owns the database's connection.
 */
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~ChangeNotifier() override = default;
    /** Whether changes by others are announced at all (false on the embedded file). */
    virtual bool isLive() const = 0;

signals:
    /** @p subject ("ID vN") was changed by another connection. */
    void changed(const QString &subject);
};

/** The notifier of @p db (store/repositories.h's sibling: the engine decides). */
std::unique_ptr<ChangeNotifier> makeChangeNotifier(std::shared_ptr<Database> db);

} // namespace gd
