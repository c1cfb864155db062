// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

#include "domain/review.h"

namespace gd {

class ReviewDocument;

/** Ids of the review's undo commands, in one enum so that mergeWith tells them apart. */
enum class ReviewCommandId : int
{
    ChangeAnswer = 1,
    ChangeNote,
    ChangeProposal,
};

/**
 * Changes one value of @p Object and back (Tiled's ChangeValue): redo sets the new value,
 * undo the old one, both through setValue(), which the subclasses route to the object's
 * apply… function. Consecutive commands of the same id merge when canMergeWith() says
 * so (typing in one text field is one undo step); a merge that returns to the old value
 * makes the command obsolete.
 */
template <typename Object, typename Value> class ChangeValue : public QUndoCommand
{
public:
    void undo() override { setValue(m_object, m_oldValue); }
    void redo() override { setValue(m_object, m_newValue); }

    Object *object() const { return m_object; }
    const Value &oldValue() const { return m_oldValue; }
    const Value &newValue() const { return m_newValue; }

protected:
    ChangeValue(Object *object, Value oldValue, Value newValue, const QString &text)
        : QUndoCommand(text)
        , m_object(object)
        , m_oldValue(std::move(oldValue))
        , m_newValue(std::move(newValue))
    {}

    virtual void setValue(Object *object, const Value &value) const = 0;
    /** True when @p other (same id, same object) continues this edit. */
    virtual bool canMergeWith(const ChangeValue &other) const = 0;

    bool mergeWith(const QUndoCommand *other) override
    {
        if (other->id() != id() || id() == -1)
            return false;
        // The same id means the same subclass, so the cast is safe.
        const auto *change = static_cast<const ChangeValue *>(other);
        if (change->m_object != m_object || !canMergeWith(*change))
            return false;
        m_newValue = change->m_newValue;
        setObsolete(m_newValue == m_oldValue);
        return true;
    }

private:
    Object *m_object;
    Value m_oldValue;
    Value m_newValue;
};

/** Sets the answer to one checklist item (verdict, rationale, evidence, confirmation). */
class ChangeAnswer final : public ChangeValue<ReviewDocument, ChecklistAnswer>
{
public:
    ChangeAnswer(ReviewDocument *document, const QString &itemId, ChecklistAnswer answer);
    int id() const override { return static_cast<int>(ReviewCommandId::ChangeAnswer); }

    const QString &itemId() const { return m_itemId; }

private:
    void setValue(ReviewDocument *document, const ChecklistAnswer &value) const override;
    bool canMergeWith(const ChangeValue &other) const override;
    /** Only the rationale differs between old and new: a typing edit. */
    bool isRationaleEdit() const;

    QString m_itemId;
};

/** Sets one free note of the review (formal check, resources, security…). */
class ChangeNote final : public ChangeValue<ReviewDocument, QString>
{
public:
    ChangeNote(ReviewDocument *document, const QString &key, QString value);
    int id() const override { return static_cast<int>(ReviewCommandId::ChangeNote); }

    const QString &key() const { return m_key; }

private:
    void setValue(ReviewDocument *document, const QString &value) const override;
    bool canMergeWith(const ChangeValue &other) const override;

    QString m_key;
};

/** Sets the proposed decision: decision, conditions, reasons, opinion. */
class ChangeProposal final : public ChangeValue<ReviewDocument, ProposedDecision>
{
public:
    ChangeProposal(ReviewDocument *document, ProposedDecision proposal);
    int id() const override { return static_cast<int>(ReviewCommandId::ChangeProposal); }

private:
    void setValue(ReviewDocument *document, const ProposedDecision &value) const override;
    bool canMergeWith(const ChangeValue &other) const override;
    /** The one text this command edits ("opinion", "conditions/2"…), empty otherwise. */
    QString editedText() const;
};

} // namespace gd
