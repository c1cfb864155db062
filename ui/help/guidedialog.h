// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTextBrowser;

namespace gd {

/**
 * Help → Officer's Guide: docs/guide in the language in use, read offline from the program's
 * resources (":/guide/zh_CN.md" or ":/guide/en.md" with their pictures), with back and forward
 * through its links. A build without the guide says so instead of showing an empty page.
 */
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    /** The guide's resource for the language in use; empty when this build has none. */
    static QString guideResource();
    /** @p markdown with the line breaks between two Chinese characters removed (Markdown would
     *  show each as a space). */
    static QString joinChineseLines(const QString &markdown);
    /** The text as shown, for tests. */
    QString plainText() const;

private:
    void showGuide(const QString &resource);
    void fitPictures();

    QTextBrowser *m_browser;
};

} // namespace gd
