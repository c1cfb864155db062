// SPDX-License-Identifier: GPL-3.0-or-later
// The crash-safety driver (README "Reliability"): edits the review of GZ-2026-0001 v1
// through ReviewDocument, so that the real autosave path is used, and reports on stdout
//   PLAN <n> <key> <hash>   before an edit of <key> is saved (printed as it is made)
//   ACK <n> <key> <hash>    after the save that committed it was acknowledged (saved())
// where <hash> names the value. crash_test.sh kills it at random moments and checks that
// every acknowledged value is still in the database. `crashdriver --dump DB` prints
//   VALUE <key> <hash>      for every key, as the database holds it now.
#include <array>
#include <cstdio>

#include <unistd.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QTimer>

#include "importer/importer.h"
#include "importer/registerparser.h"
#include "review/reviewdocument.h"
#include "store/applicationstore.h"
#include "store/database.h"
#include "store/registerstore.h"
#include "store/reviewstore.h"
#include "store/repositories.h"

using namespace gd;

namespace {

const QString kId = QStringLiteral("GZ-2026-0001");
constexpr int kVersion = 1;
const QStringList kNoteKeys{QStringLiteral("formal.note"), QStringLiteral("resources.note"),
                            QStringLiteral("security.findings")};
constexpr int kMaxRunMs = 60000; // stops by itself if nobody kills it

/** Writes one line straight to the file descriptor: nothing waits in a buffer when killed. */
void emitLine(const QByteArray &line)
{
    QByteArray data = line + '\n';
    const char *p = data.constData();
    qsizetype left = data.size();
    while (left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, p, size_t(left));
        if (written <= 0)
            return;
        p += written;
        left -= written;
    }
}

QString hashOf(const QJsonValue &value)
{
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16));
}

/** The keys the driver edits and their current values in @p state. */
QMap<QString, QJsonValue> valuesOf(const ReviewState &state, const ChecklistTemplate &checklist)
{
    QMap<QString, QJsonValue> values;
    for (const ChecklistItem &item : checklist.items) {
        const auto it = state.answers.constFind(item.id);
        values.insert(QStringLiteral("answer:") + item.id,
                      it == state.answers.cend() ? QJsonValue() : ReviewStore::toJson(*it));
    }
    for (const QString &key : kNoteKeys) {
        const auto it = state.notes.constFind(key);
        values.insert(QStringLiteral("note:") + key,
                      it == state.notes.cend() ? QJsonValue() : QJsonValue(*it));
    }
    values.insert(QStringLiteral("proposal"), ReviewStore::toJson(state.proposal));
    values.insert(QStringLiteral("step"), reviewStepCode(state.currentStep));
    return values;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "crashdriver: %s\n", qUtf8Printable(message));
    return 2;
}

/** Makes the edits and prints what was planned and what was acknowledged. */
class Driver final : public QObject
{
public:
    Driver(ReviewDocument *document, quint32 seed)
        : m_document(document)
        , m_random(seed)
    {
        connect(document, &ReviewDocument::answerChanged, this,
                [this](const QString &id) { plan(QStringLiteral("answer:") + id); });
        connect(document, &ReviewDocument::noteChanged, this,
                [this](const QString &key) { plan(QStringLiteral("note:") + key); });
        connect(document, &ReviewDocument::proposalChanged, this,
                [this] { plan(QStringLiteral("proposal")); });
        connect(document, &ReviewDocument::currentStepChanged, this,
                [this] { plan(QStringLiteral("step")); });
        connect(document, &ReviewDocument::saved, this, [this] { acknowledge(); });
        connect(document, &ReviewDocument::saveFailed, this,
                [](const QString &message) { emitLine("FAILED " + message.toUtf8()); });
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, [this] { step(); });
    }

    void start() { m_timer.start(0); }

private:
    QString current(const QString &key) const
    {
        return hashOf(valuesOf(m_document->state(), m_document->checklist()).value(key));
    }

    void plan(const QString &key)
    {
        const QString hash = current(key);
        m_unacknowledged.insert(key, hash);
        emitLine(QStringLiteral("PLAN %1 %2 %3").arg(++m_line).arg(key, hash).toUtf8());
    }

    void acknowledge()
    {
        // Everything edited since the last save was in this one (one thread, one state).
        for (auto it = m_unacknowledged.cbegin(); it != m_unacknowledged.cend(); ++it) {
            emitLine(QStringLiteral("ACK %1 %2 %3")
                         .arg(++m_line)
                         .arg(it.key(), current(it.key()))
                         .toUtf8());
        }
        m_unacknowledged.clear();
    }

    QString text(const QString &prefix) { return prefix + QString::number(m_random.bounded(1000)); }

    void step()
    {
        const ChecklistTemplate &checklist = m_document->checklist();
        const int kind = int(m_random.bounded(100));
        if (kind < 40) {
            const ChecklistItem &item =
                checklist.items.at(m_random.bounded(int(checklist.items.size())));
            ChecklistAnswer answer = m_document->state().answers.value(item.id);
            if (m_random.bounded(2) == 0) {
                answer.verdict =
                    std::array{Verdict::Pass, Verdict::Fail, Verdict::NotApplicable}.at(
                        m_random.bounded(3));
                answer.suggested = false;
            }
            // Typing: a few keystrokes in a row merge into one undo step.
            answer.rationale += text(QStringLiteral("理由"));
            m_document->setAnswer(item.id, answer);
        } else if (kind < 65) {
            const QString key = kNoteKeys.at(m_random.bounded(int(kNoteKeys.size())));
            const QString note = m_document->state().notes.value(key);
            m_document->setNote(key, m_random.bounded(10) == 0
                                         ? QString()
                                         : (note.size() > 40 ? QString() : note) +
                                               text(QStringLiteral("记")));
        } else if (kind < 80) {
            ProposedDecision proposal = m_document->state().proposal;
            if (m_random.bounded(3) == 0) {
                proposal.decision = std::array{Decision::Approved, Decision::ConditionallyApproved,
                                               Decision::Rejected, Decision::Returned}
                                        .at(m_random.bounded(4));
                proposal.conditions = {text(QStringLiteral("条件"))};
                proposal.reasons = {text(QStringLiteral("原因"))};
            }
            proposal.opinion = text(QStringLiteral("审核意见"));
            m_document->setProposal(proposal);
        } else if (kind < 90) {
            m_document->setCurrentStep(static_cast<ReviewStep>(m_random.bounded(kReviewStepCount)));
        } else if (kind < 95) {
            m_document->undoStack()->undo();
        } else {
            m_document->undoStack()->redo();
        }
        // Mostly quick edits; now and then a pause long enough for the debounced save.
        m_timer.start(m_random.bounded(5) == 0 ? 300 + int(m_random.bounded(150))
                                               : int(m_random.bounded(10)));
    }

    ReviewDocument *m_document;
    QRandomGenerator m_random;
    QTimer m_timer;
    QMap<QString, QString> m_unacknowledged;
    qint64 m_line = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const bool dump = args.value(0) == QLatin1String("--dump");
    if (dump)
        args.removeFirst();
    if (args.isEmpty())
        return fail(QStringLiteral("usage: crashdriver [--dump] DB [SEED]"));

    auto db = Database::open(args.at(0));
    if (!db)
        return fail(db.error().toString());

    if (dump) {
        auto state = makeReviewStore(db.value())->find(kId, kVersion);
        if (!state)
            return fail(state.error().toString());
        if (!state->has_value())
            return 0; // killed before the review was started: nothing was acknowledged
        const auto values = valuesOf(state->value(), ChecklistTemplate::builtin());
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            emitLine(QStringLiteral("VALUE %1 %2").arg(it.key(), hashOf(it.value())).toUtf8());
        return 0;
    }

    // A killed earlier run may have stopped anywhere in here; each step is idempotent.
    const QString examples =
        QDir(QStringLiteral(GRANTDESK_TEST_DATA)).filePath(QStringLiteral("examples"));
    if (makeRegisterStore(db.value())->count().value() == 0) {
        const QString file = QDir(examples).filePath(QStringLiteral("register-demo.json"));
        const auto parsed = RegisterParser::parseFile(file, file);
        if (!parsed.file)
            return fail(QStringLiteral("register-demo.json refused"));
        if (auto imported = makeRegisterStore(db.value())->importFile(*parsed.file); !imported)
            return fail(imported.error().toString());
    }
    if (makeApplicationStore(db.value())->latestVersion(kId).value() == 0) {
        const ImportReport report = Importer(db.value()).importPaths({examples});
        if (report.anyRefused())
            return fail(QStringLiteral("the examples were refused"));
    }

    auto document = ReviewDocument::open(db.value(), kId, kVersion, QStringLiteral("crashdriver"));
    if (!document)
        return fail(document.error().toString());
    if (document.value()->isReadOnly())
        return fail(QStringLiteral("the review is read-only"));

    const quint32 seed =
        args.size() > 1 ? args.at(1).toUInt() : QRandomGenerator::global()->generate();
    emitLine("SEED " + QByteArray::number(seed));
    Driver driver(document.value().get(), seed);
    emitLine("READY");
    driver.start();
    QTimer::singleShot(kMaxRunMs, &app, &QCoreApplication::quit);
    return app.exec();
}
