// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QString>

class QWidget;

namespace gd {

/**
 * The one question a binding act asks before it happens (issue 12 item 8): submit, agree,
 * send back, sign and countersign each say what will happen and to whom, and go ahead only
 * when the officer presses the act's own button. The box ("confirmationBox") has two
 * buttons, the act's (e.g. "Agree") and Cancel, which is the default and the Escape button.
 * Tests answer through setHandler() instead of the box, or click the box itself.
 */
class Confirmation final
{
public:
    struct Request
    {
        QString title;  // the act: "Agree", "Countersign Package"
        QString text;   // what will happen and to whom
        QString accept; // the act's button: "Agree"
    };
    using Handler = std::function<bool(QWidget *parent, const Request &request)>;

    /** True when the officer confirms @p request (the handler's answer when one is set). */
    static bool ask(QWidget *parent, const Request &request);
    /** Tests: answer every ask() with @p handler; an empty handler shows the box again. */
    static void setHandler(Handler handler);
    /** The message box ask() shows when no handler is set. */
    static bool askWithBox(QWidget *parent, const Request &request);
};

} // namespace gd
