// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditcode.h"

#include <QCoreApplication>

namespace gd::creditcode {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters, no I O Z S V
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// The organization code (GB 11714), positions 9–17: eight body characters and their check.
constexpr int kOrganizationWeights[8] = {3, 7, 9, 10, 5, 8, 4, 2};

int valueOf(QChar c)
{
    for (int i = 0; i < 31; ++i) {
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

std::optional<QChar> checkCharacter(const QString &first17)
{
    if (first17.size() < 17)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = valueOf(first17.at(i));
        if (v < 0)
            return std::nullopt;
        sum += v * kWeights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return QLatin1Char(kAlphabet[check]);
}

std::optional<QChar> organizationCheckCharacter(const QString &body8)
{
    if (body8.size() < 8)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 8; ++i) {
        const QChar c = body8.at(i);
        int v = -1;
        if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            v = c.unicode() - '0';
        else if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            v = c.unicode() - 'A' + 10;
        if (v < 0)
            return std::nullopt;
        sum += v * kOrganizationWeights[i];
    }
    const int check = 11 - sum % 11;
    if (check == 10)
        return QLatin1Char('X');
    return QLatin1Char(char('0' + check % 11));
}

QString problem(const QString &code)
{
    if (code.size() != 18)
        return QCoreApplication::translate("gd::creditcode",
                                           "credit code must have 18 characters, has %1")
            .arg(code.size());
    for (int i = 0; i < 18; ++i) {
        if (valueOf(code.at(i)) < 0)
            return QCoreApplication::translate(
                       "gd::creditcode", "credit code has an invalid character '%1' at position %2")
                .arg(code.at(i))
                .arg(i + 1);
    }
    const auto expected = checkCharacter(code.left(17));
    if (expected && *expected != code.at(17))
        return QCoreApplication::translate(
                   "gd::creditcode",
                   "credit code check character is '%1', expected '%2' (GB 32100)")
            .arg(code.at(17))
            .arg(*expected);
    // Every code issued since 2015 also passes its organization code's own check; one that
    // passes only the last character was made up.
    const auto organization = organizationCheckCharacter(code.mid(8, 8));
    if (organization && *organization != code.at(16))
        return QCoreApplication::translate(
                   "gd::creditcode",
                   "credit code's organization code check character (position 17) is "
                   "'%1', expected '%2' (GB 11714)")
            .arg(code.at(16))
            .arg(*organization);
    // Positions 3–8 are the registering authority's administrative division (GB/T 2260).
    for (int i = 2; i < 8; ++i) {
        if (code.at(i) < QLatin1Char('0') || code.at(i) > QLatin1Char('9'))
            return QCoreApplication::translate(
                "gd::creditcode", "credit code characters 3 to 8 must be digits (administrative "
                                  "division)");
    }
    return {};
}

bool isValid(const QString &code)
{
    return problem(code).isEmpty();
}

} // namespace gd::creditcode
