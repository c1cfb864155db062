// SPDX-License-Identifier: GPL-3.0-or-later
#include "returnnotice.h"

#include <QCoreApplication>
#include <QLocale>

#include "core/identitytext.h"
#include "review/checklisttemplate.h"
#include "review/reviewrules.h"

namespace gd {
namespace {

/** Everything the notice says, before it is laid out as text or HTML. */
struct Notice
{
    QString title;
    QString addressee;
    QString opening;
    QString reasonsHeading;
    QStringList reasons;
    QString itemsHeading;
    QStringList items;
    QString resubmit;
    QString date;
};

Notice noticeOf(const Application &application, const ReviewState &review, const QDate &date)
{
    Notice notice;
    notice.title = QCoreApplication::translate("ReturnNotice", "Notice of return for revision");
    notice.addressee =
        QCoreApplication::translate("ReturnNotice", "To: %1").arg(application.applicant.name);
    notice.opening =
        QCoreApplication::translate(
            "ReturnNotice",
            "Your application %1, version %2, for the scenario \"%3\" has been reviewed and is "
            "returned for revision for the reasons below.")
            .arg(application.id)
            .arg(application.version)
            .arg(application.scenario.name);
    notice.reasonsHeading = QCoreApplication::translate("ReturnNotice", "Reasons:");
    notice.reasons = review.proposal.reasons;
    notice.itemsHeading = QCoreApplication::translate("ReturnNotice", "Checklist items not met:");
    const ChecklistTemplate &checklist = ChecklistTemplate::forReview(review.templateVersion);
    for (const ChecklistItem &item : checklist.items) {
        const auto it = review.answers.constFind(item.id);
        if (it == review.answers.cend() || it->verdict != Verdict::Fail)
            continue;
        QString line = QCoreApplication::translate("ReturnNotice", "Item %1: %2")
                           .arg(item.number)
                           .arg(item.text());
        const QString reason = reviewrules::reasonText(*it);
        if (!reason.isEmpty())
            line +=
                QLatin1Char(' ') + QCoreApplication::translate("ReturnNotice", "(%1)").arg(reason);
        notice.items << line;
    }
    notice.resubmit =
        QCoreApplication::translate(
            "ReturnNotice", "Please correct the application and resubmit it as a new version of "
                            "the same application number %1, with version number %2. The parts "
                            "not affected by the changes need not be prepared again.")
            .arg(application.id)
            .arg(application.version + 1);
    notice.date = QLocale().toString(date, QLocale::LongFormat);
    return notice;
}

} // namespace

QString returnNoticeText(const Application &application, const ReviewState &review,
                         const QDate &date)
{
    const Notice n = noticeOf(application, review, date);
    QStringList lines{n.title, QString(), n.addressee, QString(), n.opening, QString()};
    if (!n.reasons.isEmpty()) {
        lines << n.reasonsHeading;
        for (qsizetype i = 0; i < n.reasons.size(); ++i)
            lines << QStringLiteral("%1. %2").arg(i + 1).arg(n.reasons.at(i));
        lines << QString();
    }
    if (!n.items.isEmpty()) {
        lines << n.itemsHeading;
        for (const QString &item : n.items)
            lines << QStringLiteral("- ") + item;
        lines << QString();
    }
    lines << n.resubmit << QString() << n.date;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString returnNoticeHtml(const Application &application, const ReviewState &review,
                         const QDate &date)
{
    const Notice n = noticeOf(application, review, date);
    const auto p = [](const QString &text) {
        return QStringLiteral("<p>%1</p>\n")
            .arg(identitytext::displaySafe(text, identitytext::Lines::Keep).toHtmlEscaped());
    };
    const auto list = [](const char *tag, const QStringList &items) {
        QString html = QStringLiteral("<%1>\n").arg(QLatin1String(tag));
        for (const QString &item : items)
            html +=
                QStringLiteral("<li>%1</li>\n")
                    .arg(
                        identitytext::displaySafe(item, identitytext::Lines::Keep).toHtmlEscaped());
        return html + QStringLiteral("</%1>\n").arg(QLatin1String(tag));
    };
    QString html = QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                                  "<body>\n<h1>%1</h1>\n")
                       .arg(n.title.toHtmlEscaped());
    html += p(n.addressee) + p(n.opening);
    if (!n.reasons.isEmpty())
        html += p(n.reasonsHeading) + list("ol", n.reasons);
    if (!n.items.isEmpty())
        html += p(n.itemsHeading) + list("ul", n.items);
    html += p(n.resubmit);
    html += QStringLiteral("<p style=\"text-align: right\">%1</p>\n").arg(n.date.toHtmlEscaped());
    return html + QStringLiteral("</body></html>\n");
}

} // namespace gd
