// SPDX-License-Identifier: GPL-3.0-or-later
#include "filedialogs.h"

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QStandardPaths>
#include <QTreeView>

#include "core/i18n.h"
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

// Qt 6.4's qtbase_zh_CN.qm lacks the file type texts of QAbstractFileIconProvider (the
// dialog's Type column: "Folder"); our own catalogue carries them under Qt's context.
struct QtText
{
    const char *source;
    const char *comment;
};
[[maybe_unused]] const QtText kQtFileTypes[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

/**
 * The dialog's Size and Date Modified columns in GrantDesk's own styles: Qt formats them
 * with the system locale (English dates without the year in a Chinese UI on an English
 * system, sizes in KiB), GrantDesk with i18n::fileSize and dates with the year.
 */
class FileColumns final : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        // Qt's Chinese says 体积 (volume) for a file's size.
        if (section == 1 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
            return QCoreApplication::translate("gd::FileDialogs", "Size");
        return QIdentityProxyModel::headerData(section, orientation, role);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const auto *files = qobject_cast<const QFileSystemModel *>(sourceModel());
        if (role != Qt::DisplayRole || !files || (index.column() != 1 && index.column() != 3))
            return QIdentityProxyModel::data(index, role);
        const QModelIndex source = mapToSource(index);
        if (index.column() == 1)
            return files->isDir(source) ? QString() : i18n::fileSize(files->size(source));
        return files->lastModified(source).toLocalTime().toString(
            QStringLiteral("yyyy-MM-dd HH:mm"));
    }
};

/**
 * Qt's own dialog, never the desktop's: it speaks the UI's language (the desktop's speaks the
 * system's) and shows sizes and dates as the rest of GrantDesk does.
 */
QStringList run(QWidget *parent, const QString &caption, const QString &start,
                const QString &filter, QFileDialog::FileMode mode,
                QFileDialog::AcceptMode accept = QFileDialog::AcceptOpen)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setFileMode(mode);
    dialog.setAcceptMode(accept);
    if (mode == QFileDialog::Directory)
        dialog.setOption(QFileDialog::ShowDirsOnly);
    dialog.setProxyModel(new FileColumns(&dialog));
    // Room for the dates with their year (Qt sizes the column for its own, shorter text).
    if (auto *view = dialog.findChild<QTreeView *>(QStringLiteral("treeView")))
        view->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

} // namespace

QStringList FileDialogs::openFileNames(QWidget *parent, const QString &caption,
                                       const QString &filter)
{
    if (auto answer = takeNextAnswer())
        return *answer;
    const QStringList files =
        run(parent, caption, lastDirectory(), filter, QFileDialog::ExistingFiles);
    if (!files.isEmpty())
        rememberDirectory(files.constFirst(), false);
    return files;
}

QString FileDialogs::openFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (auto answer = takeNextAnswer())
        return answer->value(0);
    const QString file =
        run(parent, caption, lastDirectory(), filter, QFileDialog::ExistingFile).value(0);
    rememberDirectory(file, false);
    return file;
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &caption)
{
    if (auto answer = takeNextAnswer())
        return answer->value(0);
    const QString dir = run(parent, caption, lastDirectory(), {}, QFileDialog::Directory).value(0);
    rememberDirectory(dir, true);
    return dir;
}

QString FileDialogs::saveFileName(QWidget *parent, const QString &caption,
                                  const QString &suggestedName, const QString &filter)
{
    if (auto answer = takeNextAnswer())
        return answer->value(0);
    const QString file = run(parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter,
                             QFileDialog::AnyFile, QFileDialog::AcceptSave)
                             .value(0);
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
