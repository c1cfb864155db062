// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <vector>

#include <QLocale>
#include <QMetaType>
#include <QString>
#include <QStringView>

namespace gd {

/**
 * An exact decimal amount in yuan (also used for percentages and discount factors):
 * an arbitrary-precision integer mantissa with a decimal scale, value = mantissa × 10^-scale,
 * always normalized (no trailing zero digits after the point). Sums, differences and
 * products are exact — 10^12 units × a 4-decimal price × any number of discounts never
 * overflow or wrap; only parse() bounds its input (kMaxIntegerDigits). `double` never
 * holds a Money. Rounding happens only when asked (roundedToFen(): half up, i.e. ties
 * away from zero).
 */
class Money final
{
public:
    /** Longest integer part parse() accepts; results of arithmetic are unbounded. */
    static constexpr int kMaxIntegerDigits = 30;
    /** Decimal places of a money string in a rule file (docs/formats/fee-rules.md). */
    static constexpr int kMoneyDecimals = 4;

    Money() = default; // 0

    /**
     * Parses a plain decimal string ("0.0375", "5000000.00", "12.5", "7"): digits, an
     * optional point followed by at least one digit, no sign, no exponent, no spaces,
     * no separators, at most @p maxDecimals decimals. Negative amounts are refused.
     * @p error, when given, receives why the text was refused.
     */
    static std::optional<Money> parse(QStringView text, int maxDecimals = kMoneyDecimals,
                                      QString *error = nullptr);
    /** Like parse() but allows a leading '-' (for differences such as MAR_next). */
    static std::optional<Money> parseSigned(QStringView text, int maxDecimals = kMoneyDecimals,
                                            QString *error = nullptr);
    static Money fromInteger(qint64 value);
    static Money fromUnsigned(quint64 value);
    /** @p fen hundredths of a yuan, exactly. */
    static Money fromFen(qint64 fen);
    /** The amount in fen when it is a whole number of fen that fits a qint64; else none
     *  (a fraction of a fen, or more than about 9.2 × 10^16 yuan). fromFen() gives it back. */
    std::optional<qint64> toFen() const;

    bool isZero() const { return m_limbs.empty(); }
    bool isNegative() const { return m_negative; }
    /** Decimal places needed to write the value exactly. */
    int scale() const { return m_scale; }

    Money operator-() const;
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator*(const Money &other) const;
    Money operator*(quint64 factor) const;
    Money &operator+=(const Money &other) { return *this = *this + other; }
    Money &operator-=(const Money &other) { return *this = *this - other; }

    /** this × (1 − percent/100), exact: docs/formats/fee-rules.md's discount step. */
    Money discountedBy(const Money &percent) const;
    /** this × percent/100, exact. */
    Money percentOf(const Money &percent) const;

    /** Rounded to 2 decimals, half up (ties away from zero). */
    Money roundedToFen() const;
    /** Rounded to @p decimals places, half up (ties away from zero). */
    Money rounded(int decimals) const;

    /** The exact value, as many decimals as needed ("0.0375", "560000", "-3.5"). */
    QString toString() const;
    /** The exact value with at least @p minDecimals decimals ("0.50" for 0.5 and 2). */
    QString toString(int minDecimals) const;
    /** Rounded to the fen, exactly two decimals, no separators: "313600.00" (JSON). */
    QString toJsonString() const;
    /** Rounded to the fen in the locale's format: "¥313,600.00". */
    QString toDisplay(const QLocale &locale = QLocale()) const;

    std::strong_ordering operator<=>(const Money &other) const;
    bool operator==(const Money &other) const;

    static Money max(const Money &a, const Money &b) { return a < b ? b : a; }
    static Money min(const Money &a, const Money &b) { return a < b ? a : b; }

private:
    using Limbs = std::vector<std::uint32_t>; // base 10^9, least significant first

    Money(bool negative, Limbs limbs, int scale);
    void normalize();
    Limbs scaledLimbs(int scale) const; // mantissa rewritten at a larger scale
    QString digits() const;             // mantissa in decimal, no sign

    bool m_negative = false;
    Limbs m_limbs; // empty for zero
    int m_scale = 0;
};

} // namespace gd

Q_DECLARE_METATYPE(gd::Money)
