// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include "common/palette.h"
#include "domain/review.h"

class QLabel;

namespace gd {

class ReviewDocument;

/**
 * One step page of the review workspace. Pages read the ReviewDocument, change it only
 * through its setters (undo commands) and follow its signals, so undo shows everywhere.
 */
class ReviewPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    ReviewPage(ReviewDocument *doc, ReviewStep step, QWidget *parent = nullptr);
    ~ReviewPage() override;

    ReviewStep step() const { return m_step; }
    /** Brings @p key (a checklist item id, "opinion", "conditions", …) into view. */
    virtual void showKey(const QString &key);
    /** A submitted or decided review is shown, not edited. */
    virtual void setReadOnly(bool readOnly) = 0;

protected:
    ReviewDocument *document() const { return m_doc; }
    /** The page heading: step number and name, with @p detail in a lighter colour. */
    QLabel *makeTitle(const QString &detail = {});
    /** A small bold section heading. */
    static QLabel *makeHeading(const QString &text, QWidget *parent);
    /** A word-wrapped explanatory text in the muted colour. */
    static QLabel *makeHint(const QString &text, QWidget *parent);
    /** "<span style=color>text</span>" for rich-text labels. */
    static QString coloured(const QColor &colour, const QString &text, bool bold = false);

private:
    ReviewDocument *m_doc;
    ReviewStep m_step;
};

} // namespace gd
