// SPDX-License-Identifier: GPL-3.0-or-later
#include "modecomparisondialog.h"

#include <QDialogButtonBox>
#include <QScrollArea>
#include <QVBoxLayout>

#include "common/screenfit.h"
#include "modes/modecomparisonview.h"

namespace gd {

ModeComparisonDialog::ModeComparisonDialog(QWidget *parent)
    : QDialog(parent)
    , m_view(new ModeComparisonView(ModeTable::builtin(), this))
{
    setObjectName(QStringLiteral("modeComparisonDialog"));
    setWindowTitle(tr("Mode Comparison"));
    connect(m_view, &ModeComparisonView::weightEdited, this,
            [this](const QString &dimension, int weight) {
                ModeScoring scoring = m_view->scoring();
                scoring.weights.insert(dimension, weight);
                m_view->setScoring(scoring);
            });
    connect(m_view, &ModeComparisonView::adjustmentEdited, this,
            [this](const QString &mode, const QString &dimension,
                   const std::optional<ModeAdjustment> &adjustment) {
                ModeScoring scoring = m_view->scoring();
                const QString key = mode + QLatin1Char('.') + dimension;
                if (adjustment)
                    scoring.adjustments.insert(key, *adjustment);
                else
                    scoring.adjustments.remove(key);
                m_view->setScoring(scoring);
            });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    // On a 1280×800 screen the table's wrapped reasons need more height than the dialog has.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("modeComparisonScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_view);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resizeToFitScreen(this, QSize(1300, 820));
}

ModeComparisonDialog::~ModeComparisonDialog() = default;

} // namespace gd
