// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace gd {

/**
 * The file dialogs GrantDesk shows, behind one seam: tests queue the answer with
 * setNextAnswer() so that no dialog blocks them (KeePassXC's fileDialog()). The
 * folder of the last choice is remembered.
 */
class FileDialogs final
{
public:
    static QStringList openFileNames(QWidget *parent, const QString &caption,
                                     const QString &filter);
    static QString openFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &caption);
    static QString saveFileName(QWidget *parent, const QString &caption,
                                const QString &suggestedName, const QString &filter = {});

    /** The next dialog is not shown and answers @p answer; empty means cancelled. */
    static void setNextAnswer(const QStringList &answer);
    static void setNextAnswer(const QString &answer) { setNextAnswer(QStringList{answer}); }
    static bool hasNextAnswer();
};

} // namespace gd
