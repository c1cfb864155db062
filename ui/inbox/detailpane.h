// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QList>
#include <QWidget>

#include "domain/application.h"
#include "services/inboxservice.h"
#include "services/lifecycleservice.h"

class QLabel;
class QTemporaryDir;
class QTextBrowser;
class QUrl;

namespace gd {

class Desk;

/**
 * The whole selected application in readable form, beside the inbox: applicant,
 * scenario, requested resources with their register status, security, period,
 * pricing request, attachments (open or save a copy) and the other versions.
 */
class DetailPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailPane)

public:
    explicit DetailPane(std::shared_ptr<Desk> desk, QWidget *parent = nullptr);
    ~DetailPane() override;

    void showApplication(const QString &id, int version);
    /**
     * The inbox's search terms: the pane then says where in the shown application each one
     * was found (a requested resource, the scenario's description, …), since the list's
     * columns do not show every field the search looks in. Empty: no search.
     */
    void setSearchTerms(const QStringList &terms);
    /** Reads the shown version again, e.g. after a register import. */
    void reload();
    void clear();

    QString currentId() const { return m_id; }
    /** The application shown, when one is shown and could be read. */
    const std::optional<Application> &application() const { return m_application; }
    int currentVersion() const { return m_version; }
    /** The text as shown (or as it will be once the held text is laid out), for tests. */
    QString plainText() const;
    /**
     * Lays the text out only after @p window has painted for the first time (issue 13): the
     * inbox's first page shows first, the selected case here right after. Blank until then.
     */
    void renderAfterFirstPaint(QWidget *window);

    bool openAttachment(int index);
    bool saveAttachment(int index);

    /** Opens the form for the next act of the shown authorization; false when there is none. */
    bool openRecordAct();

signals:
    /** The officer followed a link to another version of the shown application. */
    void versionActivated(const QString &id, int version);

private:
    void render();
    QString html() const;
    QString headerHtml(const Application &app) const;
    QString searchHtml(const Application &app) const;
    QString lifecycleHtml() const;
    QString operatorText(const Application &app) const;
    QString applicantHtml(const Application &app) const;
    QString scenarioHtml(const Application &app) const;
    QString authorizationHtml(const Application &app) const;
    QString resourcesHtml() const;
    QString securityHtml(const Application &app) const;
    QString periodHtml(const Application &app) const;
    QString pricingHtml(const Application &app) const;
    QString attachmentsHtml(const Application &app) const;
    QString versionsHtml(const Application &app) const;
    void loadLife();
    void recordAct();
    void showMessage(const QString &text, bool error);
    void followLink(const QUrl &url);
    std::optional<QByteArray> attachmentBytes(int index);

    InboxService m_inbox;
    LifecycleService m_lifecycle;
    QLabel *m_message;
    QTextBrowser *m_browser;
    std::unique_ptr<QTemporaryDir> m_openedFiles;

    QString m_id;
    int m_version = 0;
    QStringList m_searchTerms;
    std::optional<Application> m_application;
    QList<ResourceStatus> m_resources;
    QList<VersionInfo> m_versions;
    /** The authorization's life, for a countersigned or filed review that approved the case. */
    std::optional<LifecycleService::CaseLife> m_life;
    QString m_lifeError;
    QString m_loadError;
    bool m_holdRendering = false; // until the window's first paint (renderAfterFirstPaint)
    bool m_renderPending = false; // something to lay out once the hold ends
};

} // namespace gd
