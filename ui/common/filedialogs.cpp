// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include <optional>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/setting.h"

namespace gd {
namespace {

std::optional<QStringList> &nextAnswer()
{
    static std::optional<QStringList> answer;
    return answer;
}

std::optional<QStringList> takeNextAnswer()
{
    std::optional<QStringList> answer;
    answer.swap(nextAnswer());
    return answer;
}

const Setting<QString> kLastDirectory{"Dialogs/LastDirectory", {}};

QString lastDirectory()
{
    const QString dir = kLastDirectory.value();
    if (!dir.isEmpty() && QFileInfo(dir).isDir())
        return dir;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void rememberDirectory(const QString &path, bool isDirectory)
{
    if (!path.isEmpty())
        kLastDirectory.setValue(isDirectory ? path : QFileInfo(path).absolutePath());
}

} // namespace

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &caption,
                                       const QString &filter)
{
    if (auto answer = takeNextAnswer())
        return *answer;
    const QStringList files =
        QFileDialog::getOpenFileNames(parent, caption, lastDirectory(), filter);
    if (!files.isEmpty())
        rememberDirectory(files.constFirst(), false);
    return files;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto answer = takeNextAnswer())
        return answer->value(0);
    const QString file = QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter);
    rememberDirectory(file, false);
    return file;
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption)
{
    if (auto answer = takeNextAnswer())
        return answer->value(0);
    const QString dir = QFileDialog::getExistingDirectory(parent, caption, lastDirectory());
    rememberDirectory(dir, true);
    return dir;
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption,
                                  const QString &suggestedName, const QString &filter)
{
    if (auto answer = takeNextAnswer())
        return answer->value(0);
    const QString file = QFileDialog::getSaveFileName(
        parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
    rememberDirectory(file, false);
    return file;
}

void FileDialogs::setNextAnswer(const QStringList &answer)
{
    nextAnswer() = answer;
}

bool FileDialogs::hasNextAnswer()
{
    return nextAnswer().has_value();
}

} // namespace gd
