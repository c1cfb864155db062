// SPDX-License-Identifier: GPL-3.0-or-later
#include "guidedialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QImage>
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

} // namespace

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
        m_browser->setSource(QUrl(QStringLiteral("qrc") + resource),
                             QTextDocument::MarkdownResource);
    fitPictures();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(1100, 860));
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
