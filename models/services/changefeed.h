// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QObject>
#include <QString>

namespace gd {

class Desk;
class ChangeNotifier;

/**
 * Another officer's changes, as they happen (issue 16): on an office server, the subject
 * ("ID vN") of every case another connection changes, within a second of its commit; on the
 * embedded file nothing (isLive() false). For the ui, which may not reach the store.
 */
class ChangeFeed final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(std::shared_ptr<Desk> desk, QObject *parent = nullptr);
    ~ChangeFeed() override;
    bool isLive() const;

signals:
    void changed(const QString &subject);

private:
    std::unique_ptr<ChangeNotifier> m_notifier;
};

} // namespace gd
