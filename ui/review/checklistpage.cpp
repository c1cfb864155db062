// SPDX-License-Identifier: GPL-3.0-or-later
#include "checklistpage.h"

#include <algorithm>

#include <QAction>
#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include "domain/vocabulary.h"
#include "itemmodels/checklistmodel.h"
#include "common/notebinding.h"
#include "review/reviewdocument.h"
#include "review/reviewrules.h"
#include "common/palette.h"

namespace gd {
namespace {

constexpr int kShaRole = Qt::UserRole;

} // namespace

ChecklistPage::ChecklistPage(ReviewDocument *doc, QWidget *parent)
    : ReviewPage(doc, ReviewStep::Checklist, parent)
    , m_model(new ChecklistModel(doc, this))
    , m_view(new QTableView(this))
    , m_itemTitle(new QLabel(this))
    , m_guidance(makeHint({}, this))
    , m_source(makeHint({}, this))
    , m_suggestionBox(new QFrame(this))
    , m_suggestionText(new QLabel(m_suggestionBox))
    , m_confirmButton(new QPushButton(tr("Confirm suggestion"), m_suggestionBox))
    , m_confirmAction(new QAction(tr("Confirm suggestion"), this))
    , m_verdicts(new QButtonGroup(this))
    , m_pass(new QRadioButton(verdictLabel(Verdict::Pass), this))
    , m_fail(new QRadioButton(verdictLabel(Verdict::Fail), this))
    , m_notApplicable(new QRadioButton(verdictLabel(Verdict::NotApplicable), this))
    , m_rationaleLabel(new QLabel(this))
    , m_rationale(new QPlainTextEdit(this))
    , m_evidence(new QListWidget(this))
    , m_editor(new QWidget(this))
{
    setObjectName(QStringLiteral("checklistPage"));

    setupTable();
    // The selected item's editor: guidance, suggestion, verdict, rationale, evidence.
    m_itemTitle->setObjectName(QStringLiteral("itemTitle"));
    m_itemTitle->setWordWrap(true);
    QFont bold = m_itemTitle->font();
    bold.setBold(true);
    m_itemTitle->setFont(bold);
    m_guidance->setObjectName(QStringLiteral("itemGuidance"));
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setObjectName(QStringLiteral("itemSource"));
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);

    setupSuggestion();
    setupVerdicts();
    m_rationaleLabel->setObjectName(QStringLiteral("rationaleLabel"));
    m_rationaleLabel->setTextFormat(Qt::RichText);
    m_rationaleLabel->setBuddy(m_rationale);
    m_rationale->setObjectName(QStringLiteral("rationaleEdit"));
    m_rationale->setTabChangesFocus(true);
    notebinding::routeUndoToReview(m_rationale);
    connect(m_rationale, &QPlainTextEdit::textChanged, this, &ChecklistPage::rationaleEdited);

    const int editorLines = fontMetrics().lineSpacing() * 7 + 12;
    m_rationale->setMinimumHeight(fontMetrics().lineSpacing() * 3 + 12);
    m_rationale->setMaximumHeight(editorLines);
    m_evidence->setMaximumHeight(editorLines);
    m_evidence->setObjectName(QStringLiteral("evidenceList"));
    m_evidence->setUniformItemSizes(true);
    connect(m_evidence, &QListWidget::itemChanged, this, &ChecklistPage::evidenceToggled);

    layOutEditor();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("checklistSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_editor);
    // The table shows every item at once where the window allows; the editor keeps its size.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);

    const ChecklistTemplate &checklist = doc->checklist();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeTitle(tr("template v%1").arg(checklist.version)));
    layout->addWidget(makeHint(tr("Each item needs a verdict and a written rationale, a "
                                  "compliant one too: the signed record says why each item was "
                                  "judged as it was. Verdicts marked “suggested” follow from the "
                                  "application's data; confirm them or decide otherwise."),
                               this));
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ChecklistPage::showCurrentItem);
    connect(doc, &ReviewDocument::answerChanged, this, &ChecklistPage::answerChanged);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showCurrentItem();
}

/** The editor of the selected item: title, guidance, suggestion, verdict, rationale, evidence. */
void ChecklistPage::layOutEditor()
{
    const QFont bold = m_itemTitle->font(); // made bold by the constructor
    auto *verdictRow = new QHBoxLayout;
    verdictRow->setSpacing(16);
    auto *verdictLabel = new QLabel(tr("Verdict"), this);
    verdictLabel->setFont(bold);
    verdictRow->addWidget(verdictLabel);
    verdictRow->addWidget(m_pass);
    verdictRow->addWidget(m_fail);
    verdictRow->addWidget(m_notApplicable);
    verdictRow->addStretch(1);

    auto *evidenceLabel = new QLabel(tr("Evidence (attachments)"), this);
    evidenceLabel->setFont(bold);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(12);
    grid->addWidget(m_rationaleLabel, 0, 0);
    grid->addWidget(evidenceLabel, 0, 1);
    grid->addWidget(m_rationale, 1, 0);
    grid->addWidget(m_evidence, 1, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    m_editor->setObjectName(QStringLiteral("itemEditor"));
    auto *editorLayout = new QVBoxLayout(m_editor);
    editorLayout->setContentsMargins(0, 6, 0, 0);
    editorLayout->addWidget(m_itemTitle);
    editorLayout->addWidget(m_source);
    editorLayout->addWidget(m_guidance);
    editorLayout->addWidget(m_suggestionBox);
    editorLayout->addLayout(verdictRow);
    editorLayout->addLayout(grid);
    editorLayout->addStretch(1);
}

/** The three verdicts as radio buttons, with Alt+1 … Alt+3. */
void ChecklistPage::setupVerdicts()
{
    m_pass->setObjectName(QStringLiteral("verdictPass"));
    m_fail->setObjectName(QStringLiteral("verdictFail"));
    m_notApplicable->setObjectName(QStringLiteral("verdictNotApplicable"));
    const struct
    {
        QRadioButton *button;
        Verdict verdict;
        Qt::Key key;
    } verdicts[] = {{m_pass, Verdict::Pass, Qt::Key_1},
                    {m_fail, Verdict::Fail, Qt::Key_2},
                    {m_notApplicable, Verdict::NotApplicable, Qt::Key_3}};
    for (const auto &v : verdicts) {
        m_verdicts->addButton(v.button);
        auto *shortcut = new QAction(this);
        shortcut->setShortcut(QKeySequence(Qt::ALT | v.key));
        shortcut->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(shortcut);
        v.button->setToolTip(QKeySequence(Qt::ALT | v.key).toString(QKeySequence::NativeText));
        const Verdict verdict = v.verdict;
        QRadioButton *button = v.button;
        connect(shortcut, &QAction::triggered, this, [button] {
            if (button->isEnabled())
                button->click();
        });
        connect(v.button, &QRadioButton::clicked, this, [this, verdict] { setVerdict(verdict); });
    }
}

/** GrantDesk's suggested verdict, and the button (Ctrl+Return) that confirms it. */
void ChecklistPage::setupSuggestion()
{
    m_suggestionBox->setObjectName(QStringLiteral("suggestionBox"));
    m_suggestionBox->setStyleSheet(
        QStringLiteral("QFrame#suggestionBox { background: %1; border: 1px solid %2; "
                       "border-radius: 3px; }")
            .arg(palette::kWarnBackground.name(), palette::kNoteBorder.name()));
    m_suggestionText->setObjectName(QStringLiteral("suggestionText"));
    m_suggestionText->setWordWrap(true);
    m_suggestionText->setTextFormat(Qt::RichText);
    m_confirmButton->setObjectName(QStringLiteral("confirmSuggestionButton"));
    m_confirmAction->setObjectName(QStringLiteral("actionConfirmSuggestion"));
    m_confirmAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_confirmAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_confirmButton->setToolTip(
        tr("Make GrantDesk's suggestion your verdict (%1)")
            .arg(m_confirmAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_confirmAction);
    connect(m_confirmAction, &QAction::triggered, this, &ChecklistPage::confirmSuggestion);
    connect(m_confirmButton, &QPushButton::clicked, this, &ChecklistPage::confirmSuggestion);
    auto *suggestionLayout = new QHBoxLayout(m_suggestionBox);
    suggestionLayout->setContentsMargins(8, 4, 4, 4);
    suggestionLayout->addWidget(m_suggestionText, 1);
    suggestionLayout->addWidget(m_confirmButton);
}

/** The items table: number, text and verdict columns sized for Chinese text. */
void ChecklistPage::setupTable()
{
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->setSectionResizeMode(ChecklistModel::NumberColumn, QHeaderView::Fixed);
    header->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Interactive);
    header->resizeSection(ChecklistModel::NumberColumn,
                          fontMetrics().horizontalAdvance(QStringLiteral("000")) + 12);
    header->resizeSection(ChecklistModel::TextColumn,
                          fontMetrics().horizontalAdvance(QString(40, QChar(0x4e2d))));
    // Wide enough for the longest mark: a suggestion, or an answer carried over.
    const int suggestedWidth = fontMetrics().horizontalAdvance(
        tr("%1 (suggested)").arg(verdictLabel(Verdict::NotApplicable)));
    const int carriedWidth = fontMetrics().horizontalAdvance(
        ChecklistModel::tr("%1 (carried over, confirm)").arg(verdictLabel(Verdict::NotApplicable)));
    header->resizeSection(ChecklistModel::VerdictColumn,
                          std::max(suggestedWidth, carriedWidth) + 24);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        QMenu menu(this);
        menu.addAction(m_confirmAction);
        menu.exec(m_view->viewport()->mapToGlobal(pos));
    });
}

ChecklistPage::~ChecklistPage() = default;

QString ChecklistPage::currentItemId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->itemId(current.row()) : QString();
}

/** The item's title, source and guidance, also as What's This help (Shift+F1) on the title
 *  and the verdicts: what the item asks and how to judge it. */
void ChecklistPage::showItemText(const ChecklistItem &item)
{
    QString title = tr("Item %1").arg(item.number) + QStringLiteral(" · ") + item.text();
    if (!item.mandatory)
        title += QStringLiteral(" ") + tr("(where required)");
    m_itemTitle->setText(title);
    const QString help = QStringList{item.text(), item.sourceLine(), item.guidance()}
                             .filter(QRegularExpression(QStringLiteral("\\S")))
                             .join(QStringLiteral("\n\n"));
    for (QWidget *widget :
         {static_cast<QWidget *>(m_itemTitle), static_cast<QWidget *>(m_pass),
          static_cast<QWidget *>(m_fail), static_cast<QWidget *>(m_notApplicable)})
        widget->setWhatsThis(help);
    m_guidance->setText(item.guidance());
    m_guidance->setVisible(!item.guidance().isEmpty());
    m_source->setText(item.sourceLine());
    m_source->setVisible(!item.sourceLine().isEmpty());
}

void ChecklistPage::showCurrentItem()
{
    const QString id = currentItemId();
    const ChecklistItem *item = document()->checklist().item(id);
    m_editor->setEnabled(item != nullptr);
    if (!item) {
        m_itemTitle->clear();
        m_guidance->clear();
        m_source->clear();
        m_suggestionBox->hide();
        return;
    }
    const ChecklistAnswer answer = m_model->answer(id);
    showItemText(*item);

    const bool suggested = answer.suggested && answer.verdict != Verdict::None;
    m_suggestionBox->setVisible(suggested || answer.confirmedSuggestion());
    if (suggested) {
        const bool carried =
            m_model->index(m_model->rowOf(id), 0).data(ChecklistModel::CarriedOverRole).toBool();
        m_suggestionText->setText((carried ? tr("<b>Carried over, confirm: %1</b> — %2")
                                           : tr("<b>Suggested: %1</b> — %2"))
                                      .arg(verdictLabel(answer.verdict).toHtmlEscaped(),
                                           answer.suggestionReason.toHtmlEscaped()));
    } else if (answer.confirmedSuggestion()) {
        m_suggestionText->setText(tr("<b>Suggestion confirmed: %1</b> — %2")
                                      .arg(verdictLabel(answer.verdict).toHtmlEscaped(),
                                           answer.suggestionReason.toHtmlEscaped()));
    }
    m_confirmAction->setEnabled(suggested && !m_readOnly);
    m_confirmButton->setEnabled(suggested && !m_readOnly);
    const QString confirmTip =
        !suggested   ? tr("This item has no suggestion waiting to be confirmed")
        : m_readOnly ? tr("Not available: %1").arg(document()->editRefusal())
                     : tr("Take GrantDesk's verdict and its reason as yours");
    m_confirmAction->setToolTip(confirmTip);
    m_confirmButton->setToolTip(confirmTip);

    {
        m_verdicts->setExclusive(false);
        for (QAbstractButton *button : m_verdicts->buttons()) {
            const QSignalBlocker blocker(button);
            button->setChecked(false);
        }
        if (answer.verdict == Verdict::Pass)
            m_pass->setChecked(true);
        else if (answer.verdict == Verdict::Fail)
            m_fail->setChecked(true);
        else if (answer.verdict == Verdict::NotApplicable)
            m_notApplicable->setChecked(true);
        m_verdicts->setExclusive(true);
    }

    const bool required = reviewrules::needsRationale(answer);
    const bool missing = reviewrules::rationaleMissing(answer);
    QString label = QStringLiteral("<b>%1</b>").arg(tr("Rationale").toHtmlEscaped());
    if (required)
        label += QStringLiteral(" ") +
                 coloured(missing ? palette::kBad : palette::kMuted,
                          tr("* required for %1").arg(verdictLabel(answer.verdict)), missing);
    m_rationaleLabel->setText(label);
    m_rationale->setPlaceholderText(
        answer.confirmedSuggestion()
            ? tr("GrantDesk's reason above stands as the rationale; add your own words if needed.")
        : required ? tr("Why is this item %1? Required.").arg(verdictLabel(answer.verdict))
                   : tr("Choose a verdict, then say why."));
    if (m_rationale->toPlainText() != answer.rationale) {
        const QSignalBlocker blocker(m_rationale);
        m_rationale->setPlainText(answer.rationale);
        m_rationale->moveCursor(QTextCursor::End);
    }

    showEvidence(*item, answer);
}

/**
 * The attachments of the kinds @p item accepts as evidence first, then the others, ticked
 * as @p answer has them.
 */
void ChecklistPage::showEvidence(const ChecklistItem &item, const ChecklistAnswer &answer)
{
    const QString id = item.id;
    // Attachments of the kinds this item accepts as evidence first, then the others.
    // The same item keeps its list (and the officer's place in it); only the ticks follow.
    const QSignalBlocker blocker(m_evidence);
    if (m_evidenceItemId == id && m_evidenceReadOnly == m_readOnly) {
        for (int i = 0; i < m_evidence->count(); ++i) {
            QListWidgetItem *entry = m_evidence->item(i);
            const QString sha = entry->data(kShaRole).toString();
            if (!sha.isEmpty())
                entry->setCheckState(answer.evidence.contains(sha) ? Qt::Checked : Qt::Unchecked);
        }
        return;
    }
    m_evidenceItemId = id;
    m_evidenceReadOnly = m_readOnly;
    m_evidence->clear();
    const auto &attachments = document()->application().attachments;
    for (const bool preferred : {true, false}) {
        for (const Attachment &a : attachments) {
            if (item.evidenceKinds.contains(a.kind) != preferred)
                continue;
            const QString kind = vocabulary::label("attachmentKind", a.kind);
            auto *entry = new QListWidgetItem(
                a.name == kind ? a.name : QStringLiteral("%1 · %2").arg(a.name, kind), m_evidence);
            entry->setData(kShaRole, a.sha256);
            entry->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsSelectable |
                            (m_readOnly ? Qt::NoItemFlags : Qt::ItemIsEnabled));
            entry->setCheckState(answer.evidence.contains(a.sha256) ? Qt::Checked : Qt::Unchecked);
            entry->setToolTip(preferred ? tr("Counts as evidence for this item")
                                        : tr("Another attachment of the application"));
            if (!preferred)
                entry->setForeground(palette::kMuted);
        }
    }
    if (attachments.isEmpty()) {
        auto *entry = new QListWidgetItem(tr("The application has no attachments."), m_evidence);
        entry->setFlags(Qt::NoItemFlags);
    }
}

void ChecklistPage::setVerdict(Verdict verdict)
{
    const QString id = currentItemId();
    if (id.isEmpty() || m_readOnly)
        return;
    ChecklistAnswer answer = m_model->answer(id);
    // The officer decided: the same verdict as GrantDesk's confirms its reason, another
    // verdict stands on the officer's own.
    if (answer.verdict != verdict)
        answer.suggestionReason.clear();
    answer.verdict = verdict;
    answer.suggested = false;
    document()->setAnswer(id, answer);
}

void ChecklistPage::confirmSuggestion()
{
    const QString id = currentItemId();
    ChecklistAnswer answer = m_model->answer(id);
    if (id.isEmpty() || m_readOnly || !answer.suggested || answer.verdict == Verdict::None)
        return;
    // Confirming adopts GrantDesk's reason: the answer keeps it as a confirmed suggestion
    // (the record says so by its basis and words it in no language), and the officer's own
    // words, if any, follow it. A carried-over answer has the officer's earlier rationale.
    const bool carried =
        m_model->index(m_model->rowOf(id), 0).data(ChecklistModel::CarriedOverRole).toBool();
    if (carried)
        answer.suggestionReason.clear();
    answer.suggested = false;
    document()->setAnswer(id, answer);
}

void ChecklistPage::rationaleEdited()
{
    const QString id = currentItemId();
    if (id.isEmpty() || m_readOnly)
        return;
    ChecklistAnswer answer = m_model->answer(id);
    if (answer.rationale == m_rationale->toPlainText())
        return;
    answer.rationale = m_rationale->toPlainText();
    document()->setAnswer(id, answer);
}

void ChecklistPage::evidenceToggled(QListWidgetItem *item)
{
    const QString id = currentItemId();
    const QString sha = item->data(kShaRole).toString();
    if (id.isEmpty() || sha.isEmpty() || m_readOnly)
        return;
    ChecklistAnswer answer = m_model->answer(id);
    answer.evidence.removeAll(sha);
    if (item->checkState() == Qt::Checked)
        answer.evidence << sha;
    document()->setAnswer(id, answer);
}

void ChecklistPage::answerChanged(const QString &itemId)
{
    if (itemId == currentItemId())
        showCurrentItem();
}

void ChecklistPage::showKey(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    const ChecklistAnswer answer = m_model->answer(row);
    if (answer.suggested && answer.verdict != Verdict::None)
        m_confirmButton->setFocus(Qt::OtherFocusReason);
    else if (reviewrules::needsRationale(answer))
        m_rationale->setFocus(Qt::OtherFocusReason);
    else
        m_view->setFocus(Qt::OtherFocusReason);
}

void ChecklistPage::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QAbstractButton *button : m_verdicts->buttons())
        button->setEnabled(!readOnly);
    m_rationale->setReadOnly(readOnly);
    showCurrentItem();
}

} // namespace gd
