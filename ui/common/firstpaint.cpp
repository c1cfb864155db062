// SPDX-License-Identifier: GPL-3.0-or-later
#include "firstpaint.h"

#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace gd {
namespace {

/** Watches one window for its first paint; runs the work once, then goes. */
class FirstPaintHook final : public QObject
{
public:
    FirstPaintHook(QWidget *window, QObject *context, std::function<void()> then, int fallbackMs)
        : QObject(window)
        , m_context(context)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, [this] { fire(); });
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            // Queued: the paint (and the children's, in the same pass) completes first.
            QTimer::singleShot(0, this, [this] { fire(); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void fire()
    {
        if (m_fired)
            return;
        m_fired = true;
        if (m_context)
            m_then();
        deleteLater();
    }

    QPointer<QObject> m_context;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

void afterFirstPaint(QWidget *window, QObject *context, std::function<void()> then, int fallbackMs)
{
    new FirstPaintHook(window, context, std::move(then), fallbackMs);
}

} // namespace gd
