// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "modes/adjustscoredialog.h"

using namespace gd;

/** The score adjustment dialog (its layout is adjustscoredialog.ui): a changed score needs a
 * reason, the default score takes the adjustment back without one. */
class TestAdjustScoreDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheCellAndTheDefault();
    void changedScoreNeedsReason();
};

namespace {

QPushButton *okButton(const AdjustScoreDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

} // namespace

void TestAdjustScoreDialog::showsTheCellAndTheDefault()
{
    AdjustScoreDialog dialog(QStringLiteral("依场景授权 · 管理效率"), 3, 4,
                             QStringLiteral("本场景数据量小"));
    QCOMPARE(dialog.objectName(), QStringLiteral("adjustScoreDialog"));
    QStringList texts;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        texts << label->text();
    QVERIFY2(texts.contains(QStringLiteral("依场景授权 · 管理效率")),
             qPrintable(texts.join(QLatin1Char('|'))));
    QVERIFY2(texts.join(QLatin1Char('|')).contains(QLatin1Char('3')),
             qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(dialog.score(), 4);
    QCOMPARE(dialog.reason(), QStringLiteral("本场景数据量小"));
    auto *score = dialog.findChild<QSpinBox *>(QStringLiteral("adjustScore"));
    QVERIFY(score);
    QCOMPARE(score->minimum(), 1);
    QCOMPARE(score->maximum(), 5);
}

void TestAdjustScoreDialog::changedScoreNeedsReason()
{
    AdjustScoreDialog dialog(QStringLiteral("分领域授权 · 市场化程度"), 3, 3, QString());
    auto *score = dialog.findChild<QSpinBox *>(QStringLiteral("adjustScore"));
    auto *reason = dialog.findChild<QPlainTextEdit *>(QStringLiteral("adjustReason"));
    QPushButton *ok = okButton(dialog);
    QVERIFY(score && reason && ok);
    QVERIFY(ok->isEnabled()); // the default score: nothing to explain

    score->setValue(5);
    QVERIFY(!ok->isEnabled());
    reason->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok->isEnabled()); // blanks are no reason
    reason->setPlainText(QStringLiteral("运营机构已有同类平台"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.score(), 5);
    QCOMPARE(dialog.reason(), QStringLiteral("运营机构已有同类平台"));

    reason->clear();
    QVERIFY(!ok->isEnabled());
    score->setValue(3); // back to the default takes the adjustment back
    QVERIFY(ok->isEnabled());
}

QTEST_MAIN(TestAdjustScoreDialog)
#include "tst_adjustscoredialog.moc"
