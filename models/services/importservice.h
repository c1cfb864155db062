// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <memory>

#include <QDate>
#include <QStringList>

#include "core/result.h"
#include "demo/demodata.h"
#include "domain/register.h"
#include "domain/registerimport.h"
#include "importer/importer.h"

namespace gd {

class Desk;

/**
 * What comes into the desk (issue 2): application files and folders through the Importer,
 * a register file into the local register, and the demo data set. Each refuses what the
 * store refuses, with its messages; a refused file changes nothing.
 */
class ImportService final
{
public:
    explicit ImportService(std::shared_ptr<Desk> desk);

    /** Imports the application files in @p paths (files or folders); see Importer. */
    ImportReport importPaths(const QStringList &paths, const Importer::Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr) const;
    /** Stores a parsed register file in one transaction. */
    Result<RegisterImportSummary> importRegister(const RegisterFile &file) const;
    /** Loads the demo data set (what is already there is skipped), dated around @p today. */
    Result<demo::Summary> loadDemo(const QDate &today) const;

private:
    std::shared_ptr<Desk> m_desk;
};

} // namespace gd
