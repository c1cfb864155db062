// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include "common/screenfit.h"
#include "core/i18n.h"

namespace gd {
namespace {

constexpr int kPictureWidth = 960;

/** Han characters and the full-width punctuation set between them. */
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) ||
           (u >= 0xFF00 && u <= 0xFFEF) || u == 0x201C || u == 0x201D || u == 0x2026;
}

} // namespace

QString GuideDialog::joinChineseLines(const QString &markdown)
{
    // Markdown turns a line break inside a paragraph into a space, which Chinese text does
    // not have ("每条 记录"): a break between two Chinese characters is removed with the next
    // line's indentation, unless the next line starts a block of its own.
    static const QRegularExpression blockStart(QStringLiteral(R"(^(#|>|!\[|\||[-*+] |\d+\. ))"));
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QString joined;
    joined.reserve(markdown.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (i == 0) {
            joined += line;
            continue;
        }
        const QString next = line.trimmed();
        qsizetype first = 0;
        while (first < next.size() && (next.at(first) == QLatin1Char('*')))
            ++first;
        const bool join = !joined.isEmpty() && !joined.endsWith(QLatin1Char('\n')) &&
                          isCjk(joined.back()) && first < next.size() && isCjk(next.at(first)) &&
                          !blockStart.match(next).hasMatch();
        joined += join ? next : QLatin1Char('\n') + line;
    }
    return joined;
}

QString GuideDialog::guideResource()
{
    const QString path =
        i18n::englishInUse() ? QStringLiteral(":/guide/en.md") : QStringLiteral(":/guide/zh_CN.md");
    return QFile::exists(path) ? path : QString();
}

GuideDialog::GuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    setWindowTitle(tr("Officer's Guide"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(false);
    const QString resource = guideResource();
    if (resource.isEmpty())
        m_browser->setPlainText(tr("This build of GrantDesk does not include the officer's guide. "
                                   "It is in the folder docs/guide of the source."));
    else
        showGuide(resource);
    fitPictures();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(1100, 860));
}

void GuideDialog::showGuide(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return;
    // The pictures' paths are relative to the guide's folder.
    m_browser->setSearchPaths({QFileInfo(resource).path()});
    m_browser->setMarkdown(joinChineseLines(QString::fromUtf8(file.readAll())));
}

void GuideDialog::fitPictures()
{
    // The pictures are whole screens (1280 px): shown at most kPictureWidth wide, in
    // proportion, so that the text column needs no horizontal scrolling.
    QTextCursor cursor(m_browser->document());
    for (QTextBlock block = m_browser->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid())
                continue;
            const QImage picture = QImage::fromData(
                m_browser->loadResource(QTextDocument::ImageResource, QUrl(image.name()))
                    .toByteArray());
            if (picture.isNull() || picture.width() <= kPictureWidth)
                continue;
            image.setWidth(kPictureWidth);
            image.setHeight(double(picture.height()) * kPictureWidth / picture.width());
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

QString GuideDialog::plainText() const
{
    return m_browser->toPlainText();
}

} // namespace gd
