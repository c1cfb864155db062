// SPDX-License-Identifier: GPL-3.0-or-later
#include "detailpane.h"

#include <algorithm>
#include <utility>

#include <QCryptographicHash>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QSaveFile>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

#include "common/filedialogs.h"
#include "common/firstpaint.h"
#include "common/palette.h"
#include "core/log.h"
#include "domain/workflow.h"
#include "lifecycle/recordactdialog.h"

namespace gd {

DetailPane::DetailPane(std::shared_ptr<Desk> desk, QWidget *parent)
    : QWidget(parent)
    , m_inbox(desk)
    , m_lifecycle(std::move(desk))
    , m_message(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("detailPane"));
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setContentsMargins(8, 4, 8, 4);
    m_message->hide();

    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(12);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailPane::followLink);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_message);
    layout->addWidget(m_browser, 1);
    clear();
}

DetailPane::~DetailPane() = default;

void DetailPane::showApplication(const QString &id, int version)
{
    m_id = id;
    m_version = version;
    m_message->hide();
    reload();
    m_browser->verticalScrollBar()->setValue(0); // another application starts at its top
}

void DetailPane::setSearchTerms(const QStringList &terms)
{
    if (terms == m_searchTerms)
        return;
    m_searchTerms = terms;
    if (m_application)
        render();
}

void DetailPane::reload()
{
    m_application.reset();
    m_resources.clear();
    m_versions.clear();
    m_loadError.clear();
    m_life.reset();
    m_lifeError.clear();
    if (m_id.isEmpty()) {
        render();
        return;
    }
    if (auto loaded = m_inbox.load(m_id, m_version); !loaded) {
        m_loadError = loaded.error().toString();
    } else {
        m_application = std::move(loaded.value());
        if (auto resources = m_inbox.resourceStatuses(m_id, m_version); resources)
            m_resources = std::move(resources.value());
        else
            m_loadError = resources.error().toString();
        if (auto versions = m_inbox.versions(m_id); versions)
            m_versions = std::move(versions.value());
        else
            m_loadError = versions.error().toString();
        loadLife();
    }
    if (!m_loadError.isEmpty())
        log::warning(QStringLiteral("detail pane: %1").arg(m_loadError));
    render();
}

void DetailPane::clear()
{
    m_id.clear();
    m_version = 0;
    m_application.reset();
    m_message->hide();
    render();
}

QString DetailPane::plainText() const
{
    if (!m_renderPending)
        return m_browser->toPlainText();
    QTextDocument held; // the text the pane shows once it is laid out
    held.setHtml(html());
    return held.toPlainText();
}

void DetailPane::renderAfterFirstPaint(QWidget *window)
{
    m_holdRendering = true;
    m_renderPending = true;
    m_browser->clear(); // no "select an application" beside a selected row meanwhile
    afterFirstPaint(window, this, [this] {
        m_holdRendering = false;
        if (std::exchange(m_renderPending, false))
            render();
    });
}

void DetailPane::render()
{
    if (m_holdRendering) {
        m_renderPending = true;
        return;
    }
    const int scroll = m_browser->verticalScrollBar() ? m_browser->verticalScrollBar()->value() : 0;
    m_browser->setHtml(html());
    if (m_application)
        m_browser->verticalScrollBar()->setValue(scroll);
}

void DetailPane::loadLife()
{
    // The life starts with a countersigned review that approved the case (with or without
    // conditions); before that, or for a refusal, there is nothing to show.
    const auto shown =
        std::find_if(m_versions.cbegin(), m_versions.cend(),
                     [this](const VersionInfo &v) { return v.version == m_version; });
    if (shown == m_versions.cend() ||
        (shown->status != CaseStatus::Countersigned && shown->status != CaseStatus::Filed) ||
        (shown->decision != Decision::Approved &&
         shown->decision != Decision::ConditionallyApproved))
        return;
    if (auto life = m_lifecycle.life(m_id, m_version, QDate::currentDate()); life)
        m_life = std::move(life).value();
    else
        m_lifeError = life.error().toString();
}

bool DetailPane::openRecordAct()
{
    if (!m_life || lifecycle::isFinal(m_life->state.stage))
        return false;
    RecordActDialog dialog(m_lifecycle, m_id, m_version, *m_life, QDate::currentDate(), this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showMessage(tr("%1 recorded for %2 v%3; the stage is now “%4”.")
                    .arg(RecordActDialog::label(dialog.life().acts.last()), m_id)
                    .arg(m_version)
                    .arg(lifecycle::stageLabel(dialog.life().state.stage)),
                false);
    reload();
    return true;
}

void DetailPane::followLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("gd"))
        return;
    const QStringList parts = url.path().split(QLatin1Char('/'));
    if (parts.size() != 2)
        return;
    bool ok = false;
    const int number = parts.at(1).toInt(&ok);
    if (!ok)
        return;
    if (parts.at(0) == QLatin1String("act")) {
        openRecordAct();
    } else if (parts.at(0) == QLatin1String("open")) {
        openAttachment(number);
    } else if (parts.at(0) == QLatin1String("save")) {
        saveAttachment(number);
    } else if (parts.at(0) == QLatin1String("version")) {
        const QString id = m_id;
        showApplication(id, number);
        emit versionActivated(id, number);
    }
}

std::optional<QByteArray> DetailPane::attachmentBytes(int index)
{
    if (!m_application || index < 0 || index >= m_application->attachments.size())
        return std::nullopt;
    const Attachment &a = m_application->attachments.at(index);
    auto content = m_inbox.attachmentContent(a.sha256);
    if (!content) {
        showMessage(
            tr("The attachment “%1” could not be read: %2").arg(a.name, content.error().toString()),
            true);
        return std::nullopt;
    }
    // The bytes were verified on import; check again before handing them out.
    const QByteArray digest =
        QCryptographicHash::hash(content.value(), QCryptographicHash::Sha256).toHex();
    if (QString::fromLatin1(digest) != a.sha256) {
        showMessage(tr("The stored copy of “%1” does not match its SHA-256; it was not opened.")
                        .arg(a.name),
                    true);
        return std::nullopt;
    }
    return std::move(content.value());
}

bool DetailPane::openAttachment(int index)
{
    const auto bytes = attachmentBytes(index);
    if (!bytes)
        return false;
    const Attachment &a = m_application->attachments.at(index);
    if (!m_openedFiles)
        m_openedFiles = std::make_unique<QTemporaryDir>();
    QString name = QFileInfo(a.path).fileName();
    if (name.isEmpty())
        name = a.sha256.left(16);
    // One folder per content, so two attachments with the same file name do not collide.
    const QString dir = m_openedFiles->filePath(a.sha256.left(16));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showMessage(tr("The attachment “%1” could not be written to %2: %3")
                        .arg(a.name, path, file.errorString()),
                    true);
        return false;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path))) {
        showMessage(
            tr("No application is set up to open %1. Use “Save a copy…” instead.").arg(name), true);
        return false;
    }
    return true;
}

bool DetailPane::saveAttachment(int index)
{
    const auto bytes = attachmentBytes(index);
    if (!bytes)
        return false;
    const Attachment &a = m_application->attachments.at(index);
    const QString target = FileDialogs::saveFileName(this, tr("Save a copy of “%1”").arg(a.name),
                                                     QFileInfo(a.path).fileName());
    if (target.isEmpty())
        return false;
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit()) {
        showMessage(tr("The copy could not be saved to %1: %2").arg(target, file.errorString()),
                    true);
        return false;
    }
    showMessage(tr("Saved a copy of “%1” to %2.").arg(a.name, QDir::toNativeSeparators(target)),
                false);
    return true;
}

void DetailPane::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("background:%1; color:%2;")
                                         .arg(palette::kBadBackground.name(), palette::kBad.name())
                                   : QStringLiteral("background:%1; color:%2;")
                                         .arg(palette::kOkBackground.name(), palette::kOk.name()));
    m_message->show();
    if (error)
        log::warning(text);
}

} // namespace gd
