// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

namespace gd {

/**
 * One page of the Settings dialog (Signing, Monitoring…). Actions that take effect at once
 * (generating a key) act directly; values the officer edits are written by apply().
 */
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    /** Saves the page; false (after telling the officer why) keeps the dialog open. */
    virtual bool apply() { return true; }
};

} // namespace gd
