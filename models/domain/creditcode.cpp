// SPDX-License-Identifier: GPL-3.0-or-later
#include "creditcode.h"

namespace gd::creditcode {
namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // 31 characters, no I O Z S V
constexpr int kWeights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

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

QString problem(const QString &code)
{
    if (code.size() != 18)
        return QStringLiteral("credit code must have 18 characters, has %1").arg(code.size());
    for (int i = 0; i < 18; ++i) {
        if (valueOf(code.at(i)) < 0)
            return QStringLiteral("credit code has an invalid character '%1' at position %2")
                .arg(code.at(i))
                .arg(i + 1);
    }
    const auto expected = checkCharacter(code.left(17));
    if (expected && *expected != code.at(17))
        return QStringLiteral("credit code check character is '%1', expected '%2' (GB 32100)")
            .arg(code.at(17))
            .arg(*expected);
    return {};
}

bool isValid(const QString &code)
{
    return problem(code).isEmpty();
}

} // namespace gd::creditcode
