// SPDX-License-Identifier: GPL-3.0-or-later
#include "importservice.h"

#include "services/desk.h"
#include "store/registerstore.h"
#include "store/repositories.h"

namespace gd {

ImportService::ImportService(std::shared_ptr<Desk> desk)
    : m_desk(std::move(desk))
{}

ImportReport ImportService::importPaths(const QStringList &paths,
                                        const Importer::Progress &progress,
                                        const std::atomic_bool *cancel) const
{
    Importer importer(m_desk->database());
    return importer.importPaths(paths, progress, cancel);
}

Result<RegisterImportSummary> ImportService::importRegister(const RegisterFile &file) const
{
    return makeRegisterStore(m_desk->database())->importFile(file);
}

Result<demo::Summary> ImportService::loadDemo(const QDate &today) const
{
    return demo::load(m_desk->database(), today);
}

} // namespace gd
