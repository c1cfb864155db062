// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/reviewpage.h"

class QAction;
class QButtonGroup;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace gd {

class ChecklistModel;
struct ChecklistItem;

/**
 * Step 3, the "三重一大" checklist: the template's items with verdict, rationale and
 * evidence in a table, and below it an editor for the selected item with its guidance.
 * Verdicts the data already decides are GrantDesk's suggestions until confirmed.
 */
class ChecklistPage final : public ReviewPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistPage)

public:
    explicit ChecklistPage(ReviewDocument *doc, QWidget *parent = nullptr);
    ~ChecklistPage() override;

    void showKey(const QString &key) override;
    void setReadOnly(bool readOnly) override;

    QTableView *view() const { return m_view; }
    ChecklistModel *model() const { return m_model; }
    /** The id of the selected item, empty when none. */
    QString currentItemId() const;
    /** Confirms GrantDesk's suggestion for the selected item. */
    void confirmSuggestion();

private:
    void layOutEditor();
    void setupVerdicts();
    void setupSuggestion();
    void setupTable();
    void showCurrentItem();
    void showItemText(const ChecklistItem &item);
    void showEvidence(const ChecklistItem &item, const ChecklistAnswer &answer);
    void setVerdict(Verdict verdict);
    void rationaleEdited();
    void evidenceToggled(QListWidgetItem *item);
    void answerChanged(const QString &itemId);

    ChecklistModel *m_model;
    QTableView *m_view;
    QLabel *m_itemTitle;
    QLabel *m_guidance;
    QLabel *m_source; // where the item comes from, or that it is local practice
    QFrame *m_suggestionBox;
    QLabel *m_suggestionText;
    QPushButton *m_confirmButton;
    QAction *m_confirmAction;
    QButtonGroup *m_verdicts;
    QRadioButton *m_pass;
    QRadioButton *m_fail;
    QRadioButton *m_notApplicable;
    QLabel *m_rationaleLabel;
    QPlainTextEdit *m_rationale;
    QListWidget *m_evidence;
    QWidget *m_editor;
    QString m_evidenceItemId;
    bool m_evidenceReadOnly = false;
    bool m_readOnly = false;
};

} // namespace gd
