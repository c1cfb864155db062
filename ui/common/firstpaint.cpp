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
        waitAtMost(fallbackMs);
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
    /**
     * Runs the work after @p ms unless the window paints first. A window shown (not minimized)
     * by then is about to paint, only slowly (a loaded machine, a profiler): its paint is
     * waited for a few more times, so that the work never comes before it.
     */
    void waitAtMost(int ms)
    {
        QTimer::singleShot(ms, this, [this, ms] {
            const auto *window = static_cast<QWidget *>(parent());
            if (window->isVisible() && !window->isMinimized() && m_patience-- > 0)
                waitAtMost(ms);
            else
                fire();
        });
    }

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
    int m_patience = 10; // more waits for a shown window's slow first paint
};

} // namespace

void afterFirstPaint(QWidget *window, QObject *context, std::function<void()> then, int fallbackMs)
{
    new FirstPaintHook(window, context, std::move(then), fallbackMs);
}

} // namespace gd
