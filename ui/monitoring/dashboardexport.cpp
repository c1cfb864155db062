// SPDX-License-Identifier: GPL-3.0-or-later
// DashboardPage: exporting the dashboard as PDF and the indicator tables as CSV.
#include "dashboardpage.h"

#include <algorithm>
#include <cmath>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QLocale>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QPieSeries>
#include <QPieSlice>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QShowEvent>
#include <QSplitter>
#include <QTabWidget>
#include <QTextDocument>
#include <QTime>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "common/filedialogs.h"
#include "core/log.h"
#include "monitoring/alertpanel.h"
#include "monitoring/alerts.h"
#include "monitoring/dashboardbreakdown.h"
#include "monitoring/indicatorcard.h"
#include "monitoring/watchedfolder.h"
#include "pricing/rulelibrary.h"
#include "services/monitoringservice.h"

namespace gd {
namespace {

using monitoring::Dimension;

Status writeAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{path, file.errorString()};
    return success();
}

Status nothingComputed(const QString &path)
{
    return Error{path, DashboardPage::tr("the monitoring figures have not been computed yet")};
}

} // namespace

Status DashboardPage::exportPdf(const QString &path) const
{
    if (!m_data.generatedAt.isValid())
        return nothingComputed(path);
    const auto pdf = report::dashboardPdf(m_data);
    if (!pdf)
        return pdf.error();
    return writeAtomically(path, pdf.value());
}

Status DashboardPage::exportCsv(Dimension dimension, const QString &path) const
{
    if (!m_data.generatedAt.isValid())
        return nothingComputed(path);
    return writeAtomically(path, report::indicatorTableCsv(m_data.report, dimension));
}

void DashboardPage::exportPdfInteractive()
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export Dashboard as PDF"),
        QStringLiteral("monitoring-%1_%2.pdf")
            .arg(m_data.report.from.toString(Qt::ISODate), m_data.report.to.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status done = exportPdf(path);
    const QString message = done ? tr("Dashboard saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("The PDF was not saved: %1").arg(done.error().toString());
    showNotice(message, !done);
    emit notify(message);
}

void DashboardPage::exportCsvInteractive(Dimension dimension)
{
    const QString path = FileDialogs::saveFileName(
        this, tr("Export Indicator Table as CSV"),
        report::indicatorTableFileName(m_data.report, dimension), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const Status done = exportCsv(dimension, path);
    const QString message = done ? tr("Table saved as %1.").arg(QDir::toNativeSeparators(path))
                                 : tr("The table was not saved: %1").arg(done.error().toString());
    showNotice(message, !done);
    emit notify(message);
}

} // namespace gd
