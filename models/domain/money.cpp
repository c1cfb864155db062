// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <algorithm>
#include <limits>

namespace gd {
namespace {

using Limbs = std::vector<std::uint32_t>;
constexpr std::uint32_t kBase = 1000000000u; // 10^9 per limb
constexpr int kLimbDigits = 9;

void trim(Limbs &limbs)
{
    while (!limbs.empty() && limbs.back() == 0)
        limbs.pop_back();
}

int compareMagnitude(const Limbs &a, const Limbs &b)
{
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (size_t i = a.size(); i-- > 0;) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

Limbs addMagnitude(const Limbs &a, const Limbs &b)
{
    Limbs sum(std::max(a.size(), b.size()) + 1, 0);
    std::uint64_t carry = 0;
    for (size_t i = 0; i < sum.size(); ++i) {
        std::uint64_t s = carry;
        if (i < a.size())
            s += a[i];
        if (i < b.size())
            s += b[i];
        sum[i] = std::uint32_t(s % kBase);
        carry = s / kBase;
    }
    trim(sum);
    return sum;
}

// a - b with |a| >= |b|.
Limbs subtractMagnitude(const Limbs &a, const Limbs &b)
{
    Limbs diff(a.size(), 0);
    std::int64_t borrow = 0;
    for (size_t i = 0; i < a.size(); ++i) {
        std::int64_t d = std::int64_t(a[i]) - borrow - (i < b.size() ? std::int64_t(b[i]) : 0);
        borrow = d < 0 ? 1 : 0;
        if (d < 0)
            d += kBase;
        diff[i] = std::uint32_t(d);
    }
    trim(diff);
    return diff;
}

Limbs multiplyMagnitude(const Limbs &a, const Limbs &b)
{
    if (a.empty() || b.empty())
        return {};
    std::vector<std::uint64_t> acc(a.size() + b.size() + 1, 0);
    for (size_t i = 0; i < a.size(); ++i) {
        std::uint64_t carry = 0;
        for (size_t j = 0; j < b.size(); ++j) {
            // < 10^18 + 10^9 + 10^9 fits easily in 64 bits.
            const std::uint64_t cur = acc[i + j] + std::uint64_t(a[i]) * b[j] + carry;
            acc[i + j] = cur % kBase;
            carry = cur / kBase;
        }
        size_t k = i + b.size();
        while (carry) {
            const std::uint64_t cur = acc[k] + carry;
            acc[k] = cur % kBase;
            carry = cur / kBase;
            ++k;
        }
    }
    Limbs product(acc.begin(), acc.end());
    trim(product);
    return product;
}

// Divides in place by a small divisor, returning the remainder.
std::uint32_t divideSmall(Limbs &a, std::uint32_t divisor)
{
    std::uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
        const std::uint64_t cur = rem * kBase + a[i];
        a[i] = std::uint32_t(cur / divisor);
        rem = cur % divisor;
    }
    trim(a);
    return std::uint32_t(rem);
}

Limbs fromDigitString(const QString &digits)
{
    Limbs limbs;
    for (qsizetype end = digits.size(); end > 0; end -= kLimbDigits) {
        const qsizetype begin = std::max<qsizetype>(0, end - kLimbDigits);
        std::uint32_t limb = 0;
        for (qsizetype i = begin; i < end; ++i)
            limb = limb * 10 + std::uint32_t(digits.at(i).unicode() - u'0');
        limbs.push_back(limb);
    }
    trim(limbs);
    return limbs;
}

Limbs fromUnsigned64(quint64 value)
{
    Limbs limbs;
    while (value) {
        limbs.push_back(std::uint32_t(value % kBase));
        value /= kBase;
    }
    return limbs;
}

Limbs powerOfTen(int exponent)
{
    Limbs limbs(size_t(exponent / kLimbDigits), 0);
    std::uint32_t top = 1;
    for (int i = 0; i < exponent % kLimbDigits; ++i)
        top *= 10;
    limbs.push_back(top);
    return limbs;
}

struct ParsedDecimal
{
    bool negative = false;
    QString digits; // whole and fraction digits, no point
    int scale = 0;
};

std::optional<ParsedDecimal> parseText(QStringView text, int maxDecimals, bool allowSign,
                                       QString *error)
{
    auto fail = [error](const QString &why) -> std::optional<ParsedDecimal> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString shown = text.left(40).toString();
    ParsedDecimal parsed;
    if (text.startsWith(u'-')) {
        if (!allowSign)
            return fail(QStringLiteral("negative amount \"%1\" refused").arg(shown));
        parsed.negative = true;
        text = text.mid(1);
    }
    const qsizetype point = text.indexOf(u'.');
    const QStringView whole = point < 0 ? text : text.left(point);
    const QStringView fraction = point < 0 ? QStringView() : text.mid(point + 1);
    auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(),
                           [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || !allDigits(whole) ||
        (point >= 0 && (fraction.isEmpty() || !allDigits(fraction))))
        return fail(
            QStringLiteral("expected a decimal string such as \"12.50\", not \"%1\"").arg(shown));
    if (fraction.size() > maxDecimals)
        return fail(
            QStringLiteral("more than %1 decimal places in \"%2\"").arg(maxDecimals).arg(shown));
    qsizetype firstSignificant = 0;
    while (firstSignificant < whole.size() - 1 && whole.at(firstSignificant) == u'0')
        ++firstSignificant;
    if (whole.size() - firstSignificant > Money::kMaxIntegerDigits)
        return fail(QStringLiteral("more than %1 digits before the decimal point in \"%2\"")
                        .arg(Money::kMaxIntegerDigits)
                        .arg(shown));
    parsed.digits = whole.toString() + fraction.toString();
    parsed.scale = int(fraction.size());
    return parsed;
}

} // namespace

Money::Money(bool negative, Limbs limbs, int scale)
    : m_negative(negative)
    , m_limbs(std::move(limbs))
    , m_scale(scale)
{
    normalize();
}

void Money::normalize()
{
    trim(m_limbs);
    if (m_limbs.empty()) {
        m_negative = false;
        m_scale = 0;
        return;
    }
    while (m_scale > 0) {
        Limbs copy = m_limbs;
        if (divideSmall(copy, 10) != 0)
            break;
        m_limbs = std::move(copy);
        --m_scale;
    }
}

Money::Limbs Money::scaledLimbs(int scale) const
{
    Q_ASSERT(scale >= m_scale);
    return scale == m_scale ? m_limbs : multiplyMagnitude(m_limbs, powerOfTen(scale - m_scale));
}

QString Money::digits() const
{
    if (m_limbs.empty())
        return QStringLiteral("0");
    QString text = QString::number(m_limbs.back());
    for (size_t i = m_limbs.size() - 1; i-- > 0;)
        text += QStringLiteral("%1").arg(m_limbs[i], kLimbDigits, 10, QLatin1Char('0'));
    return text;
}

std::optional<Money> Money::parse(QStringView text, int maxDecimals, QString *error)
{
    const auto parsed = parseText(text, maxDecimals, false, error);
    if (!parsed)
        return std::nullopt;
    return Money(false, fromDigitString(parsed->digits), parsed->scale);
}

std::optional<Money> Money::parseSigned(QStringView text, int maxDecimals, QString *error)
{
    const auto parsed = parseText(text, maxDecimals, true, error);
    if (!parsed)
        return std::nullopt;
    return Money(parsed->negative, fromDigitString(parsed->digits), parsed->scale);
}

Money Money::fromInteger(qint64 value)
{
    const bool negative = value < 0;
    // -(INT64_MIN) overflows; go through unsigned arithmetic.
    const quint64 magnitude = negative ? quint64(0) - quint64(value) : quint64(value);
    return Money(negative, fromUnsigned64(magnitude), 0);
}

Money Money::fromUnsigned(quint64 value)
{
    return Money(false, fromUnsigned64(value), 0);
}

Money Money::fromFen(qint64 fen)
{
    const bool negative = fen < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(fen) : quint64(fen);
    return Money(negative, fromUnsigned64(magnitude), 2);
}

std::optional<qint64> Money::toFen() const
{
    if (m_scale > 2)
        return std::nullopt; // normalized: a digit beyond the fen is not zero
    const Limbs limbs = scaledLimbs(2);
    quint64 magnitude = 0;
    for (size_t i = limbs.size(); i-- > 0;) {
        if (magnitude > (std::numeric_limits<quint64>::max() - limbs[i]) / kBase)
            return std::nullopt;
        magnitude = magnitude * kBase + limbs[i];
    }
    if (magnitude > quint64(std::numeric_limits<qint64>::max()))
        return std::nullopt;
    return m_negative ? -qint64(magnitude) : qint64(magnitude);
}

Money Money::operator-() const
{
    return Money(!m_negative, m_limbs, m_scale);
}

Money Money::operator+(const Money &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const Limbs a = scaledLimbs(scale);
    const Limbs b = other.scaledLimbs(scale);
    if (m_negative == other.m_negative)
        return Money(m_negative, addMagnitude(a, b), scale);
    const int cmp = compareMagnitude(a, b);
    if (cmp == 0)
        return Money();
    return cmp > 0 ? Money(m_negative, subtractMagnitude(a, b), scale)
                   : Money(other.m_negative, subtractMagnitude(b, a), scale);
}

Money Money::operator-(const Money &other) const
{
    return *this + (-other);
}

Money Money::operator*(const Money &other) const
{
    return Money(m_negative != other.m_negative, multiplyMagnitude(m_limbs, other.m_limbs),
                 m_scale + other.m_scale);
}

Money Money::operator*(quint64 factor) const
{
    return *this * fromUnsigned(factor);
}

Money Money::discountedBy(const Money &percent) const
{
    // x × (100 − p) / 100: the division by 100 is exact as a scale shift.
    const Money factor = fromUnsigned(100) - percent;
    const Money product = *this * factor;
    return Money(product.m_negative, product.m_limbs, product.m_scale + 2);
}

Money Money::percentOf(const Money &percent) const
{
    const Money product = *this * percent;
    return Money(product.m_negative, product.m_limbs, product.m_scale + 2);
}

Money Money::rounded(int decimals) const
{
    if (m_scale <= decimals)
        return *this;
    const int dropped = m_scale - decimals;
    QString text = digits();
    if (text.size() <= dropped)
        text = QString(dropped - text.size() + 1, QLatin1Char('0')) + text;
    const QChar first = text.at(text.size() - dropped);
    Limbs kept = fromDigitString(text.left(text.size() - dropped));
    if (first >= u'5') // half up: a tie (5 then zeros) goes away from zero too
        kept = addMagnitude(kept, Limbs{1});
    return Money(m_negative, kept, decimals);
}

Money Money::roundedToFen() const
{
    return rounded(2);
}

QString Money::toString() const
{
    return toString(0);
}

QString Money::toString(int minDecimals) const
{
    const int scale = std::max(m_scale, minDecimals);
    QString text =
        m_limbs.empty() ? QStringLiteral("0") : Money(false, scaledLimbs(scale), 0).digits();
    if (scale > 0) {
        if (text.size() <= scale)
            text = QString(scale - text.size() + 1, QLatin1Char('0')) + text;
        text.insert(text.size() - scale, QLatin1Char('.'));
    }
    return m_negative ? QLatin1Char('-') + text : text;
}

QString Money::toJsonString() const
{
    return roundedToFen().toString(2);
}

QString Money::toDisplay(const QLocale &locale) const
{
    const QString plain = roundedToFen().toString(2);
    const bool negative = plain.startsWith(QLatin1Char('-'));
    const QString unsignedText = negative ? plain.mid(1) : plain;
    const qsizetype point = unsignedText.indexOf(QLatin1Char('.'));
    const QString whole = unsignedText.left(point);
    QString grouped;
    for (qsizetype i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0)
            grouped += locale.groupSeparator();
        grouped += whole.at(i);
    }
    const QString text =
        QStringLiteral("¥") + grouped + locale.decimalPoint() + unsignedText.mid(point + 1);
    return negative ? locale.negativeSign() + text : text;
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    const Money diff = *this - other;
    if (diff.isZero())
        return std::strong_ordering::equal;
    return diff.m_negative ? std::strong_ordering::less : std::strong_ordering::greater;
}

bool Money::operator==(const Money &other) const
{
    // Normalized, so equal values have equal representations.
    return m_negative == other.m_negative && m_scale == other.m_scale && m_limbs == other.m_limbs;
}

} // namespace gd
