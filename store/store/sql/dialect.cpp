// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sql/dialect.h"

namespace gd::sql {

QString asciiFolded(const QString &text)
{
    QString folded = text;
    for (QChar &c : folded) {
        if (c.unicode() >= 'A' && c.unicode() <= 'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return folded;
}

} // namespace gd::sql
