// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QJsonObject>
#include <QListWidget>

namespace gd {

class Desk;
class ReviewDocument;
struct AuditEvent;

/**
 * The recorded events of one review, newest first, in readable words ("item 3: compliant",
 * "formal check confirmed"), read from the audit trail. Shown below the step navigator.
 */
class ReviewHistory final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewHistory)

public:
    ReviewHistory(std::shared_ptr<Desk> desk, const ReviewDocument *doc, QWidget *parent = nullptr);
    ~ReviewHistory() override;

    /** Reads the review's events again (after a save or a change of status). */
    void refresh();

    /** A note edit in readable words, e.g. "formal.confirmed" = "1" → formal check confirmed. */
    static QString noteDescription(const QString &key, const QString &value);
    /** An edit of the proposed decision in readable words: what it changed. */
    static QString proposalDescription(const QJsonObject &before, const QJsonObject &after);

private:
    /** What @p event did, e.g. "item 3: compliant" or "review started". */
    QString eventDescription(const AuditEvent &event) const;

    std::shared_ptr<Desk> m_desk;
    const ReviewDocument *m_doc;
};

} // namespace gd
