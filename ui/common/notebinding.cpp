// SPDX-License-Identifier: GPL-3.0-or-later
#include "notebinding.h"

#include <QAbstractButton>
#include <QEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

#include "review/reviewdocument.h"

namespace gd::notebinding {
namespace {

QString noteOf(const ReviewDocument *doc, const QString &key)
{
    return doc->state().notes.value(key);
}

/** Hands the undo keys on to the shortcut map (the Edit menu) instead of the widget. */
class UndoKeyRouter final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ShortcutOverride) {
            auto *key = static_cast<QKeyEvent *>(event);
            if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) ||
                key->keyCombination() == QKeyCombination(Qt::CTRL | Qt::SHIFT, Qt::Key_Z)) {
                event->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void routeUndoToReview(QWidget *textWidget)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(textWidget))
        plain->setUndoRedoEnabled(false);
    textWidget->installEventFilter(new UndoKeyRouter(textWidget));
}

void bindText(ReviewDocument *doc, QPlainTextEdit *edit, const QString &key)
{
    routeUndoToReview(edit);
    edit->setPlainText(noteOf(doc, key));
    QObject::connect(edit, &QPlainTextEdit::textChanged, doc, [doc, edit, key] {
        if (edit->toPlainText() != noteOf(doc, key))
            doc->setNote(key, edit->toPlainText());
    });
    QObject::connect(doc, &ReviewDocument::noteChanged, edit, [doc, edit, key](const QString &k) {
        if (k != key || edit->toPlainText() == noteOf(doc, key))
            return;
        const QSignalBlocker blocker(edit);
        edit->setPlainText(noteOf(doc, key));
        edit->moveCursor(QTextCursor::End);
    });
}

void bindLine(ReviewDocument *doc, QLineEdit *edit, const QString &key)
{
    routeUndoToReview(edit);
    edit->setText(noteOf(doc, key));
    QObject::connect(edit, &QLineEdit::textEdited, doc, [doc, key](const QString &text) {
        if (text != noteOf(doc, key))
            doc->setNote(key, text);
    });
    QObject::connect(doc, &ReviewDocument::noteChanged, edit, [doc, edit, key](const QString &k) {
        if (k == key && edit->text() != noteOf(doc, key))
            edit->setText(noteOf(doc, key));
    });
}

void bindFlag(ReviewDocument *doc, QAbstractButton *check, const QString &key)
{
    const QString on = QStringLiteral("1");
    check->setChecked(noteOf(doc, key) == on);
    QObject::connect(check, &QAbstractButton::toggled, doc, [doc, key, on](bool checked) {
        const QString value = checked ? on : QStringLiteral("0");
        if (value != noteOf(doc, key))
            doc->setNote(key, value);
    });
    QObject::connect(doc, &ReviewDocument::noteChanged, check,
                     [doc, check, key, on](const QString &k) {
                         if (k != key)
                             return;
                         const QSignalBlocker blocker(check);
                         check->setChecked(noteOf(doc, key) == on);
                     });
}

void bindChoice(ReviewDocument *doc, const QList<std::pair<QAbstractButton *, QString>> &buttons,
                const QString &key)
{
    auto show = [doc, buttons, key] {
        const QString value = noteOf(doc, key);
        for (const auto &[button, code] : buttons) {
            const QSignalBlocker blocker(button);
            // Exclusive radio buttons cannot be unchecked one by one; undo may need "none".
            button->setAutoExclusive(false);
            button->setChecked(code == value);
            button->setAutoExclusive(true);
        }
    };
    show();
    for (const auto &[button, code] : buttons) {
        QObject::connect(button, &QAbstractButton::toggled, doc,
                         [doc, key, value = code](bool checked) {
                             if (checked && value != noteOf(doc, key))
                                 doc->setNote(key, value);
                         });
    }
    if (buttons.isEmpty())
        return;
    QObject::connect(doc, &ReviewDocument::noteChanged, buttons.constFirst().first,
                     [key, show](const QString &k) {
                         if (k == key)
                             show();
                     });
}

} // namespace gd::notebinding
