// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDialog>

class QPlainTextEdit;
class QPushButton;
class QTextDocument;

namespace gd {

/**
 * The notice that tells an applicant why their application was returned: the text in a
 * read-only box, with Copy (to paste into a letter or mail) and Print… (a preview of the
 * formatted notice). Not modal: the officer may keep working beside it.
 */
class ReturnNoticeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReturnNoticeDialog)

public:
    ReturnNoticeDialog(const QString &title, const QString &text, const QString &html,
                       QWidget *parent = nullptr);
    ~ReturnNoticeDialog() override;

    QString text() const;
    QString html() const { return m_html; }
    void copy();
    void print();

    /**
     * Tests: when set, Print… hands the formatted notice to @p hook instead of opening the
     * print preview. An empty function restores the preview.
     */
    static void setPrintHook(std::function<void(QTextDocument *)> hook);

private:
    QString m_html;
    QPlainTextEdit *m_text;
    QPushButton *m_copy;
    QPushButton *m_print;
};

} // namespace gd
