// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>

namespace gd {

/**
 * One shared copy of each repeated text of a long read: operators, products, domains and case
 * ids repeat across hundreds of thousands of records, and a QString read from a row is a copy
 * of its own. Keeps every distinct text it is given; for the length of one read.
 */
class SharedTexts
{
public:
    QString operator()(const QString &text)
    {
        const auto it = m_texts.constFind(text);
        if (it != m_texts.constEnd())
            return *it;
        m_texts.insert(text);
        return text;
    }

private:
    QSet<QString> m_texts;
};

} // namespace gd
