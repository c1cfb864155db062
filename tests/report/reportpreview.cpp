// SPDX-License-Identifier: GPL-3.0-or-later
// report_preview OUTDIR [--lang zh_CN|en] [--qm EXTRA.qm]: loads the demo into a temporary
// database and writes review.json and review.pdf of every decided demo case to OUTDIR,
// to look at the report (pdftoppm) while working on it. Not a test.
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTranslator>

#include "core/i18n.h"
#include "demo/demodata.h"
#include "report/reviewrecord.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/repositories.h"

using namespace gd;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("outdir"), QStringLiteral("where to write"));
    parser.addOption({QStringLiteral("lang"), QStringLiteral("zh_CN or en"), QStringLiteral("lang"),
                      QStringLiteral("zh_CN")});
    parser.addOption({QStringLiteral("qm"), QStringLiteral("an extra translation file"),
                      QStringLiteral("file")});
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        fprintf(stderr, "usage: report_preview OUTDIR [--lang L] [--qm FILE]\n");
        return 2;
    }
    const QString out = parser.positionalArguments().constFirst();
    i18n::install(parser.value(QStringLiteral("lang")));
    QTranslator extra;
    if (parser.isSet(QStringLiteral("qm"))) {
        if (!extra.load(parser.value(QStringLiteral("qm")))) {
            fprintf(stderr, "cannot load %s\n", qPrintable(parser.value(QStringLiteral("qm"))));
            return 2;
        }
        QCoreApplication::installTranslator(&extra);
    }

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("preview.sqlite")));
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error().toString()));
        return 1;
    }
    if (auto loaded = demo::load(db.value(), QDate::currentDate()); !loaded) {
        fprintf(stderr, "%s\n", qPrintable(loaded.error().toString()));
        return 1;
    }
    InboxQuery query;
    query.statuses = {QStringLiteral("decided")};
    query.sortColumn = InboxQuery::Column::Id;
    query.sortOrder = Qt::AscendingOrder;
    const auto rows = makeApplicationStore(db.value())->rows(query, 0, 100);
    if (!rows) {
        fprintf(stderr, "%s\n", qPrintable(rows.error().toString()));
        return 1;
    }
    QDir().mkpath(out);
    for (const InboxRow &row : *rows) {
        const auto record = report::loadReviewRecord(db.value(), row.id, row.version);
        if (!record) {
            fprintf(stderr, "%s\n", qPrintable(record.error().toString()));
            return 1;
        }
        const QString base = QStringLiteral("%1/%2-v%3").arg(out, row.id).arg(row.version);
        const auto pdf = report::reviewPdf(record.value());
        if (!pdf) {
            fprintf(stderr, "%s\n", qPrintable(pdf.error().toString()));
            return 1;
        }
        if (!write(base + QStringLiteral(".json"), report::reviewJson(record.value())) ||
            !write(base + QStringLiteral(".pdf"), pdf.value())) {
            fprintf(stderr, "%s: cannot write\n", qPrintable(base));
            return 1;
        }
        printf("%s.pdf\n", qPrintable(base));
    }
    return 0;
}
