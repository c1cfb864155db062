// SPDX-License-Identifier: GPL-3.0-or-later
#include "modetable.h"

#include <algorithm>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include "core/i18n.h"
#include "core/log.h"
#include "core/jsonreader.h"

namespace gd {
namespace {

const QString kModesFormat = QStringLiteral("grantdesk.modes/1");
const QString kShippedModes = QStringLiteral(":/modes/modes-2026.2.json");

/** "2", "1.5", "0.25": a non-negative decimal with at most two places, in hundredths. */
std::optional<qint64> readMargin(const ValueReader &value)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("([0-9]{1,3})(\\.([0-9]{1,2}))?")));
    const auto text = value.matching(
        pattern, QStringLiteral("expected a decimal string with at most 2 places, such as '2'"));
    if (!text)
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(*text);
    qint64 hundredths = match.captured(1).toLongLong() * 100;
    QString fraction = match.captured(3);
    if (!fraction.isEmpty()) {
        if (fraction.size() == 1)
            fraction += QLatin1Char('0');
        hundredths += fraction.toLongLong();
    }
    return hundredths;
}

std::optional<ModeTableEntry> readEntry(ObjectReader &object, QStringList &seen,
                                        const QStringList &expected, int index)
{
    const ValueReader idValue = object.required("id");
    const auto id = idValue.oneOf(expected);
    if (id && seen.contains(*id)) {
        idValue.error(QStringLiteral("duplicate id '%1'").arg(*id));
        return std::nullopt;
    }
    if (id && expected.indexOf(*id) != index)
        idValue.error(QStringLiteral("expected '%1' at this position (is '%2')")
                          .arg(expected.value(index), *id));
    const auto name = readTranslated(object.required("name").object(), 100);
    if (!id || !name)
        return std::nullopt;
    seen << *id;
    return ModeTableEntry{*id, name->zh, name->en};
}

ModeTable loadBuiltin()
{
    ModeTableParseOutcome outcome = parseJsonFile(kShippedModes, QString(), parseModeTable);
    if (outcome.table)
        return std::move(*outcome.table);
    for (const Error &error : outcome.errors)
        log::error(error.toString());
    Q_ASSERT_X(false, "ModeTable::builtin", "the built-in mode table does not parse");
    return {};
}

QString cellKey(const QString &mode, const QString &dimension)
{
    return mode + QLatin1Char('.') + dimension;
}

/** numerator / denominator in hundredths, half up (both non-negative). */
qint64 toHundredths(qint64 numerator, qint64 denominator)
{
    return (numerator * 200 + denominator) / (denominator * 2);
}

} // namespace

QString ModeCell::level() const
{
    return i18n::englishInUse() ? levelEn : levelZh;
}

QString ModeCell::text() const
{
    return i18n::englishInUse() ? textEn : textZh;
}

QString ModeTableEntry::name() const
{
    return i18n::englishInUse() ? nameEn : nameZh;
}

const ModeCell *ModeTable::cell(const QString &mode, const QString &dimension) const
{
    const auto it = cells.constFind(cellKey(mode, dimension));
    return it == cells.constEnd() ? nullptr : &it.value();
}

int ModeTable::modeIndex(const QString &mode) const
{
    for (int i = 0; i < modes.size(); ++i) {
        if (modes.at(i).id == mode)
            return i;
    }
    return -1;
}

const ModeTableEntry *ModeTable::mode(const QString &id) const
{
    for (const ModeTableEntry &m : modes) {
        if (m.id == id)
            return &m;
    }
    return nullptr;
}

const ModeTableEntry *ModeTable::dimension(const QString &id) const
{
    for (const ModeTableEntry &d : dimensions) {
        if (d.id == id)
            return &d;
    }
    return nullptr;
}

QString ModeTable::findingMargin() const
{
    QString text = QString::number(findingMarginHundredths / 100);
    if (const qint64 rest = findingMarginHundredths % 100; rest != 0) {
        QString fraction = QStringLiteral("%1").arg(rest, 2, 10, QLatin1Char('0'));
        if (fraction.endsWith(QLatin1Char('0')))
            fraction.chop(1);
        text += QLatin1Char('.') + fraction;
    }
    return text;
}

QString ModeTable::findingMarginNote() const
{
    return i18n::englishInUse() ? findingMarginNoteEn : findingMarginNoteZh;
}

const ModeTable &ModeTable::builtin()
{
    static const ModeTable table = loadBuiltin();
    return table;
}

ModeTableParseOutcome parseModeTable(const QByteArray &json, const QString &label)
{
    static const QStringList kModes{QStringLiteral("whole"), QStringLiteral("domain"),
                                    QStringLiteral("scenario")};
    static const QStringList kDimensions{QStringLiteral("efficiency"), QStringLiteral("cost"),
                                         QStringLiteral("expertise"),
                                         QStringLiteral("marketization")};
    ModeTableParseOutcome outcome;
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root) {
        outcome.errors = reader.errors();
        return outcome;
    }
    ModeTable table;
    root->required("format").constant(kModesFormat);
    table.version = root->required("version")
                        .matching(QRegularExpression(QRegularExpression::anchoredPattern(
                                      QStringLiteral("[0-9]{4}\\.[0-9]{1,3}"))),
                                  QStringLiteral("expected a version such as '2026.1'"))
                        .value_or(QString());
    readTranslated(root->required("source").object(), 1000);
    ObjectReader scale = root->required("scale").object();
    scale.required("min").integer(1, 1);
    scale.required("max").integer(5, 5);
    scale.refuseUnknownFields();
    if (const auto margin = readMargin(root->required("findingMargin")))
        table.findingMarginHundredths = *margin;
    if (const auto note = readTranslated(root->required("findingMarginNote").object(), 1000)) {
        table.findingMarginNoteZh = note->zh;
        table.findingMarginNoteEn = note->en;
    }

    const ArrayReader modes = root->required("modes").array(3, 3);
    QStringList seenModes;
    for (int i = 0; i < modes.size(); ++i) {
        ObjectReader object = modes.at(i).object();
        if (auto entry = readEntry(object, seenModes, kModes, i))
            table.modes << *entry;
        object.refuseUnknownFields();
    }

    const ArrayReader dimensions = root->required("dimensions").array(4, 4);
    QStringList seenDimensions;
    for (int i = 0; i < dimensions.size(); ++i) {
        ObjectReader object = dimensions.at(i).object();
        const auto entry = readEntry(object, seenDimensions, kDimensions, i);
        ObjectReader cells = object.required("cells").object();
        for (const QString &mode : kModes) {
            const QByteArray key = mode.toLatin1();
            ObjectReader cell = cells.required(key.constData()).object();
            const auto score = cell.required("score").integer(1, 5);
            const auto level = readTranslated(cell.required("level").object(), 40);
            const auto text = readTranslated(cell.required("text").object(), 1000);
            cell.refuseUnknownFields();
            if (entry && score && level && text)
                table.cells.insert(cellKey(mode, entry->id),
                                   ModeCell{int(*score), level->zh, level->en, text->zh, text->en});
        }
        cells.refuseUnknownFields();
        object.refuseUnknownFields();
        if (entry)
            table.dimensions << *entry;
    }
    root->refuseUnknownFields();

    if (reader.hasErrors())
        outcome.errors = reader.errors();
    else
        outcome.table = std::move(table);
    return outcome;
}

int ModeScoring::weight(const QString &dimension) const
{
    return weights.value(dimension, kDefaultWeight);
}

QString ModeScoring::adjustmentNoteKey(const QString &mode, const QString &dimension)
{
    return QStringLiteral("modes.adjust.%1.%2").arg(mode, dimension);
}

ModeScoring ModeScoring::fromNotes(const ModeTable &table, const QHash<QString, QString> &notes)
{
    ModeScoring scoring;
    const QJsonObject weights =
        QJsonDocument::fromJson(notes.value(weightsNoteKey()).toUtf8()).object();
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it) {
        if (it.value().isDouble())
            scoring.weights.insert(it.key(), it.value().toInt(-1));
    }
    for (const ModeTableEntry &mode : table.modes) {
        for (const ModeTableEntry &dimension : table.dimensions) {
            if (auto adjustment =
                    adjustmentFromNote(notes.value(adjustmentNoteKey(mode.id, dimension.id))))
                scoring.adjustments.insert(cellKey(mode.id, dimension.id), *adjustment);
        }
    }
    return scoring;
}

QString ModeScoring::weightsToNote(const QMap<QString, int> &weights)
{
    QJsonObject object;
    for (auto it = weights.constBegin(); it != weights.constEnd(); ++it)
        object.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString ModeScoring::adjustmentToNote(const ModeAdjustment &adjustment)
{
    const QJsonObject object{{QStringLiteral("score"), adjustment.score},
                             {QStringLiteral("reason"), adjustment.reason}};
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::optional<ModeAdjustment> ModeScoring::adjustmentFromNote(const QString &note)
{
    if (note.isEmpty())
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(note.toUtf8()).object();
    if (!object.value(QStringLiteral("score")).isDouble())
        return std::nullopt;
    return ModeAdjustment{object.value(QStringLiteral("score")).toInt(),
                          object.value(QStringLiteral("reason")).toString()};
}

QString ModeTotal::toString(int decimals) const
{
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    const qint64 scaled = (numerator * scale * 2 + denominator) / (denominator * 2);
    QString text = QString::number(scaled / scale);
    if (decimals > 0)
        text += QLatin1Char('.') +
                QStringLiteral("%1").arg(scaled % scale, decimals, 10, QLatin1Char('0'));
    return text;
}

qint64 ModeTotal::hundredths() const
{
    return toHundredths(numerator, denominator);
}

QString ModeFinding::message() const
{
    const ModeTable &table = ModeTable::builtin();
    const ModeTableEntry *declared = table.mode(declaredMode);
    const ModeTableEntry *better = table.mode(betterMode);
    const ModeTotal gap{QString(), gapHundredths, 100};
    return QCoreApplication::translate(
               "ModeComparison",
               "The declared mode (%1) scores %2 points below %3, more than the margin of %4.")
        .arg(declared ? declared->name() : declaredMode, gap.toString(2),
             better ? better->name() : betterMode, table.findingMargin());
}

const ModeTotal *ModeComparison::total(const QString &mode) const
{
    for (const ModeTotal &t : totals) {
        if (t.mode == mode)
            return &t;
    }
    return nullptr;
}

namespace modes {

Result<ModeComparison> compare(const ModeTable &table, const ModeScoring &scoring,
                               const QString &declaredMode)
{
    const QString weightsWhere = ModeScoring::weightsNoteKey();
    qint64 weightSum = 0;
    for (auto it = scoring.weights.constBegin(); it != scoring.weights.constEnd(); ++it) {
        if (!table.dimension(it.key()))
            return Error{weightsWhere + QLatin1Char('.') + it.key(),
                         QStringLiteral("unknown dimension '%1'").arg(it.key())};
        if (it.value() < 0 || it.value() > ModeScoring::kMaxWeight)
            return Error{weightsWhere + QLatin1Char('.') + it.key(),
                         QStringLiteral("a weight is from 0 to %1 (is %2)")
                             .arg(ModeScoring::kMaxWeight)
                             .arg(it.value())};
    }
    for (const ModeTableEntry &dimension : table.dimensions)
        weightSum += scoring.weight(dimension.id);
    if (weightSum == 0)
        return Error{weightsWhere, QStringLiteral("all weights are zero: give at least one "
                                                  "dimension a weight")};

    for (auto it = scoring.adjustments.constBegin(); it != scoring.adjustments.constEnd(); ++it) {
        const QString mode = it.key().section(QLatin1Char('.'), 0, 0);
        const QString dimension = it.key().section(QLatin1Char('.'), 1);
        const QString where = ModeScoring::adjustmentNoteKey(mode, dimension);
        if (!table.cell(mode, dimension))
            return Error{where, QStringLiteral("unknown mode or dimension '%1'").arg(it.key())};
        if (it->score < 1 || it->score > 5)
            return Error{where, QStringLiteral("a score is from 1 to 5 (is %1)").arg(it->score)};
        if (it->reason.trimmed().isEmpty())
            return Error{where, QStringLiteral("an adjusted score needs a written reason")};
    }

    ModeComparison result;
    const auto dimensionCount = qint64(table.dimensions.size());
    for (const ModeTableEntry &mode : table.modes) {
        qint64 sum = 0;
        for (const ModeTableEntry &dimension : table.dimensions) {
            const QString key = cellKey(mode.id, dimension.id);
            const auto adjusted = scoring.adjustments.constFind(key);
            const int score = adjusted != scoring.adjustments.constEnd()
                                  ? adjusted->score
                                  : table.cells.value(key).score;
            result.scores << score;
            sum += qint64(score) * scoring.weight(dimension.id);
        }
        result.totals << ModeTotal{mode.id, sum * dimensionCount, weightSum};
    }
    // Same denominator for all: compare numerators.
    QList<ModeTotal> ranked = result.totals;
    std::stable_sort(ranked.begin(), ranked.end(), [](const ModeTotal &a, const ModeTotal &b) {
        return a.numerator > b.numerator;
    });
    for (const ModeTotal &t : std::as_const(ranked))
        result.ranking << t.mode;

    if (const ModeTotal *declared = result.total(declaredMode)) {
        const ModeTotal &best = ranked.constFirst();
        const qint64 gap = best.numerator - declared->numerator;
        // gap / weightSum > margin / 100  ⇔  gap × 100 > margin × weightSum
        if (best.mode != declaredMode && gap * 100 > table.findingMarginHundredths * weightSum)
            result.finding = ModeFinding{declaredMode, best.mode, toHundredths(gap, weightSum)};
    }
    return result;
}

} // namespace modes
} // namespace gd
