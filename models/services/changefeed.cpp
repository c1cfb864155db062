// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "services/desk.h"
#include "store/changenotifier.h"

namespace gd {

ChangeFeed::ChangeFeed(std::shared_ptr<Desk> desk, QObject *parent)
    : QObject(parent)
    , m_notifier(makeChangeNotifier(desk->database()))
{
    connect(m_notifier.get(), &ChangeNotifier::changed, this, &ChangeFeed::changed);
}

ChangeFeed::~ChangeFeed() = default;

bool ChangeFeed::isLive() const
{
    return m_notifier->isLive();
}

} // namespace gd
