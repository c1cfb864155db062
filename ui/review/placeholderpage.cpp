// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QFrame>
#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include "domain/vocabulary.h"
#include "review/notebinding.h"
#include "review/reviewdocument.h"

namespace gd {

PlaceholderPage::PlaceholderPage(ReviewDocument *doc, ReviewStep step, QWidget *parent)
    : ReviewPage(doc, step, parent)
    , m_note(new QPlainTextEdit(this))
{
    const bool modes = step == ReviewStep::ModeFit;
    setObjectName(modes ? QStringLiteral("modeFitPage") : QStringLiteral("pricingPage"));
    const Application &app = doc->application();

    QString intro;
    QStringList points;
    QString now;
    if (modes) {
        intro = tr("This step compares the three authorization modes for this case, so that the "
                   "choice of the main mode is reasoned and on record.");
        points << tr("The three modes — whole, by domain, per scenario — side by side on four "
                     "dimensions: management efficiency, government cost, expertise and "
                     "marketization.")
               << tr("A weight for each dimension that you set, with default scores you may "
                     "adjust with a written reason.")
               << tr("Weighted totals and a chart, the mode the application declares "
                     "highlighted.")
               << tr("The main mode you choose and your rationale, carried into the review "
                     "opinion.");
        now = tr("The application declares: %1.")
                  .arg(vocabulary::label("mode", app.authorization.mode));
    } else {
        intro = tr("This step computes the public data operation service fee under the "
                   "public-interest-first rules, so that the price in the application can be "
                   "checked against the cap.");
        points << tr("The fee rule file and its version, the product, the use class, the "
                     "quantity and the discounts that apply.")
               << tr("A trace of the calculation: tiers, units, prices and amounts, discounts "
                     "and rounding, each line readable.")
               << tr("Findings such as free use, a price over the cap or revenue over the "
                     "maximum allowed revenue.")
               << tr("Charts of the fee against quantity with the tier breakpoints and the cap, "
                     "and of revenue to date against the maximum allowed revenue.");
        if (vocabulary::isFreeUseClass(app.useClass))
            now = tr("The use class is %1: the use is free of charge.")
                      .arg(vocabulary::label("useClass", app.useClass));
        else if (app.pricing)
            now = tr("The application asks to price %1, billed %2, about %3 units.")
                      .arg(app.pricing->product,
                           vocabulary::label("billingUnit", app.pricing->billingUnit),
                           QLocale().toString(app.pricing->expectedQuantity));
        else
            now = tr("The application contains no pricing request.");
    }

    auto *box = new QFrame(this);
    box->setObjectName(QStringLiteral("upcomingBox"));
    box->setStyleSheet(QStringLiteral("QFrame#upcomingBox { background: #f2f5f9; border: 1px "
                                      "solid #d5dde8; border-radius: 4px; }"));
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->setContentsMargins(14, 10, 14, 12);
    auto *introLabel = new QLabel(intro, box);
    introLabel->setWordWrap(true);
    boxLayout->addWidget(introLabel);
    QString list = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &point : std::as_const(points))
        list += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
    list += QStringLiteral("</ul>");
    auto *listLabel = new QLabel(list, box);
    listLabel->setTextFormat(Qt::RichText);
    listLabel->setWordWrap(true);
    boxLayout->addWidget(listLabel);
    auto *availability = makeHint(
        tr("It becomes available with the GrantDesk update “Modes and pricing”. The review can "
           "be completed and submitted without it."),
        box);
    availability->setObjectName(QStringLiteral("availabilityNote"));
    boxLayout->addWidget(availability);

    auto *nowLabel = new QLabel(now, this);
    nowLabel->setObjectName(QStringLiteral("applicationFacts"));
    nowLabel->setWordWrap(true);

    m_note->setObjectName(modes ? QStringLiteral("modesNote") : QStringLiteral("pricingNote"));
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 8 + 12);
    m_note->setPlaceholderText(modes ? tr("Your view on the authorization mode (optional)")
                                     : tr("Your view on the fee (optional)"));
    notebinding::bindText(doc, m_note,
                          modes ? QStringLiteral("modes.note") : QStringLiteral("pricing.note"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle());
    layout->addWidget(box);
    layout->addWidget(makeHeading(tr("From the application"), this));
    layout->addWidget(nowLabel);
    layout->addWidget(makeHeading(tr("Notes"), this));
    layout->addWidget(m_note);
    layout->addStretch(1);
}

PlaceholderPage::~PlaceholderPage() = default;

void PlaceholderPage::showKey(const QString &key)
{
    Q_UNUSED(key)
    m_note->setFocus(Qt::OtherFocusReason);
}

void PlaceholderPage::setReadOnly(bool readOnly)
{
    m_note->setReadOnly(readOnly);
}

} // namespace gd
