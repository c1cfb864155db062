// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include "store/acknowledgementrepository.h"

namespace gd::monitoring {

/** AcknowledgementRepository on the SQLite database. */
class SqlAcknowledgementRepository final : public AcknowledgementRepository
{
public:
    explicit SqlAcknowledgementRepository(std::shared_ptr<Database> db);
    Status put(const AlertAcknowledgement &ack) override;
    Result<QMap<QString, AlertAcknowledgement>> all() const override;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace gd::monitoring
