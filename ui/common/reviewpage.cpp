// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpage.h"

#include <QLabel>

#include "review/reviewdocument.h"

namespace gd {

ReviewPage::ReviewPage(ReviewDocument *doc, ReviewStep step, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_step(step)
{}

ReviewPage::~ReviewPage() = default;

void ReviewPage::showKey(const QString &key)
{
    Q_UNUSED(key)
}

QLabel *ReviewPage::makeTitle(const QString &detail)
{
    QString text = QStringLiteral("%1 &nbsp;%2")
                       .arg(int(m_step) + 1)
                       .arg(reviewStepLabel(m_step).toHtmlEscaped());
    if (!detail.isEmpty())
        text += QStringLiteral(" &nbsp;") + coloured(palette::kMuted, detail);
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("pageTitle"));
    label->setTextFormat(Qt::RichText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette::kHeading);
    label->setPalette(palette);
    return label;
}

QLabel *ReviewPage::makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 6, 0, 0);
    return label;
}

QLabel *ReviewPage::makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette::kMuted);
    label->setPalette(palette);
    return label;
}

QString ReviewPage::coloured(const QColor &colour, const QString &text, bool bold)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour.name(), bold ? QStringLiteral("font-weight:bold;") : QString(),
             text.toHtmlEscaped());
}

} // namespace gd
