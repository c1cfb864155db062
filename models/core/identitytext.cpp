// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitytext.h"

#include <QCoreApplication>

namespace gd::identitytext {
namespace {

/** The code point at @p i (a lone surrogate as itself) and how many QChars it takes. */
std::pair<char32_t, int> codePointAt(const QString &text, qsizetype i)
{
    const QChar c = text.at(i);
    if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        return {QChar::surrogateToUcs4(c, text.at(i + 1)), 2};
    return {c.unicode(), 1};
}

bool isLoneSurrogate(char32_t cp)
{
    return cp >= 0xD800 && cp <= 0xDFFF;
}

/** Which kind of hidden character @p cp is, or nullptr when it is an ordinary one. */
const char *hiddenKind(char32_t cp)
{
    if (isLoneSurrogate(cp))
        return QT_TRANSLATE_NOOP("IdentityText", "a lone surrogate");
    switch (QChar::category(cp)) {
    case QChar::Other_Control:
        return QT_TRANSLATE_NOOP("IdentityText", "a control character");
    case QChar::Other_Format:
        return QT_TRANSLATE_NOOP("IdentityText", "an invisible or bidi formatting character");
    case QChar::Other_Surrogate:
        return QT_TRANSLATE_NOOP("IdentityText", "a lone surrogate");
    case QChar::Other_PrivateUse:
        return QT_TRANSLATE_NOOP("IdentityText", "a private-use character");
    case QChar::Other_NotAssigned:
        return QT_TRANSLATE_NOOP("IdentityText", "an unassigned code point");
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return QT_TRANSLATE_NOOP("IdentityText", "a line or paragraph separator");
    default:
        return nullptr;
    }
}

QString codePointName(char32_t cp)
{
    return QStringLiteral("U+") +
           QString::number(uint(cp), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

void appendEscape(QString &out, char32_t unit)
{
    out += QStringLiteral("\\u") +
           QString::number(uint(unit), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

} // namespace

QString normalizedName(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

QString identityProblem(const QString &text)
{
    int position = 0;
    for (qsizetype i = 0; i < text.size();) {
        const auto [cp, width] = codePointAt(text, i);
        ++position;
        if (const char *kind = hiddenKind(cp)) {
            return QCoreApplication::translate("IdentityText",
                                               "contains %1 (%2) at character %3; names and "
                                               "identifiers may not hold control, format, bidi "
                                               "or private-use characters")
                .arg(codePointName(cp), QCoreApplication::translate("IdentityText", kind))
                .arg(position);
        }
        i += width;
    }
    return {};
}

QString displaySafe(const QString &text, Lines lines)
{
    QString out;
    bool changed = false;
    for (qsizetype i = 0; i < text.size();) {
        const auto [cp, width] = codePointAt(text, i);
        const bool kept = lines == Lines::Keep && (cp == U'\n' || cp == U'\t');
        if (!kept && hiddenKind(cp)) {
            if (!changed) {
                out = text.left(i);
                changed = true;
            }
            // Beyond U+FFFF as its UTF-16 pair, which JSON and JavaScript read back as one.
            if (cp > 0xFFFF) {
                appendEscape(out, QChar::highSurrogate(cp));
                appendEscape(out, QChar::lowSurrogate(cp));
            } else {
                appendEscape(out, cp);
            }
        } else if (changed) {
            out += text.mid(i, width);
        }
        i += width;
    }
    return changed ? out : text;
}

} // namespace gd::identitytext
