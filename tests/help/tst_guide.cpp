// SPDX-License-Identifier: GPL-3.0-or-later
// The officer's guide (issue 18, item 2): Help → Officer's Guide opens it offline in the
// language in use, with its pictures; both languages have the same chapters and pictures; every
// picture it shows exists and every menu path it names ("File → Verify Package…") is a real
// menu and action of the main window, so the guide cannot silently drift from the program.
#include <QAction>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "core/i18n.h"
#include "help/guidedialog.h"
#include "inbox/mainwindow.h"
#include "services/desk.h"
#include "store/database.h"

using namespace gd;

namespace {

QString guideText(const QString &language)
{
    QFile file(QStringLiteral(":/guide/%1.md").arg(language));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList pictures(const QString &markdown)
{
    QStringList found;
    static const QRegularExpression image(QStringLiteral(R"(!\[[^\]]*\]\(([^)]+)\))"));
    for (const auto &m : image.globalMatch(markdown))
        found << m.captured(1);
    return found;
}

QStringList headings(const QString &markdown)
{
    QStringList found;
    for (const QString &line : markdown.split(QLatin1Char('\n')))
        if (line.startsWith(QLatin1String("## ")))
            found << line;
    return found;
}

// "文件(&F)" → "文件", "&Verify Package…" → "Verify Package…"
QString plain(QString text)
{
    static const QRegularExpression mnemonic(QStringLiteral(R"(\(&\w\))"));
    text.remove(mnemonic);
    return text.remove(QLatin1Char('&'));
}

} // namespace

class TestGuide final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
        QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_guide"));
        QSettings().clear();
    }

    void bothLanguagesHaveTheSameChaptersAndPictures()
    {
        const QString zh = guideText(QStringLiteral("zh_CN"));
        const QString en = guideText(QStringLiteral("en"));
        QVERIFY(!zh.isEmpty() && !en.isEmpty());
        QCOMPARE(headings(zh).size(), headings(en).size());
        QVERIFY(headings(zh).size() >= 9);
        QStringList zhPictures = pictures(zh);
        QStringList enPictures = pictures(en);
        QVERIFY(zhPictures.size() >= 15);
        zhPictures.replaceInStrings(QStringLiteral("images/zh_CN/"), QStringLiteral("images/"));
        enPictures.replaceInStrings(QStringLiteral("images/en/"), QStringLiteral("images/"));
        QCOMPARE(zhPictures, enPictures);
        for (const QString &language : {QStringLiteral("zh_CN"), QStringLiteral("en")})
            for (const QString &picture : pictures(guideText(language)))
                QVERIFY2(QFile::exists(QStringLiteral(":/guide/") + picture), qPrintable(picture));
    }

    void englishGuideInEnglish()
    {
        QVERIFY(i18n::install(QStringLiteral("en")));
        QCOMPARE(GuideDialog::guideResource(), QStringLiteral(":/guide/en.md"));
        checkDialog(QStringLiteral("Officer's guide"));
    }

    void chineseGuideInChinese()
    {
        QVERIFY(i18n::install(QStringLiteral("zh_CN")));
        QCOMPARE(GuideDialog::guideResource(), QStringLiteral(":/guide/zh_CN.md"));
        checkDialog(QStringLiteral("使用指南"));
        // No space where the source broke a line between two Chinese characters: the two
        // characters either side of every such break are shown side by side.
        GuideDialog dialog;
        const QString shown = dialog.plainText();
        const QStringList lines = guideText(QStringLiteral("zh_CN")).split(QLatin1Char('\n'));
        static const QRegularExpression han(QStringLiteral("^\\p{Han}$"));
        int breaks = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QString before = lines.at(i - 1);
            const QString after = lines.at(i).trimmed();
            if (before.isEmpty() || after.isEmpty() || !han.match(before.back()).hasMatch() ||
                !han.match(after.front()).hasMatch())
                continue;
            const QString pair = before.right(1) + after.left(1);
            QVERIFY2(shown.contains(pair),
                     qPrintable(before.right(8) + QStringLiteral("⏎") + after.left(8)));
            ++breaks;
        }
        QVERIFY(breaks >= 10);
    }

    void chineseLinesJoinWithoutASpace()
    {
        QCOMPARE(GuideDialog::joinChineseLines(QStringLiteral("每条\n记录")),
                 QStringLiteral("每条记录"));
        QCOMPARE(GuideDialog::joinChineseLines(QStringLiteral("按\n   **签名**。")),
                 QStringLiteral("按**签名**。"));
        // Breaks that are not between two Chinese characters, or that start a block, stay.
        for (const char *kept :
             {"GrantDesk\n审核", "审核\nGrantDesk", "审核\n\n段落", "列表：\n- 一项",
              "步骤：\n2. 数据", "图：\n![图](a.png)", "标题\n## 二"})
            QCOMPARE(GuideDialog::joinChineseLines(QString::fromUtf8(kept)),
                     QString::fromUtf8(kept));
    }

    void theHelpMenuOpensItAndItsMenuPathsExist()
    {
        // Still Chinese from the test before: the guide's paths are checked against the
        // translated menus the officer sees.
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("guide.sqlite")));
        QVERIFY(db);
        MainWindow window(Desk::over(db.value()));
        auto *action = window.findChild<QAction *>(QStringLiteral("guideAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<GuideDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->plainText().contains(QStringLiteral("收件箱")));

        QMap<QString, QStringList> menus; // "文件" → {"导入申请…", …}
        for (QAction *menuAction : window.menuBar()->actions()) {
            if (!menuAction->menu())
                continue;
            QStringList items;
            for (QAction *item : menuAction->menu()->actions())
                items << plain(item->text());
            menus.insert(plain(menuAction->text()), items);
        }
        static const QRegularExpression path(
            QStringLiteral(R"(\*\*([^*→]+) → ([^*→]+?)(?: → [^*]+)?\*\*)"));
        int checked = 0;
        for (const auto &m : path.globalMatch(guideText(QStringLiteral("zh_CN")))) {
            const QString menu = m.captured(1).trimmed();
            const QString item = m.captured(2).trimmed();
            QVERIFY2(menus.contains(menu), qPrintable(QStringLiteral("no menu %1").arg(menu)));
            QVERIFY2(
                menus.value(menu).contains(item),
                qPrintable(QStringLiteral("no %1 in %2: %3")
                               .arg(item, menu, menus.value(menu).join(QStringLiteral(" | ")))));
            ++checked;
        }
        QVERIFY(checked >= 10);
    }

private:
    void checkDialog(const QString &heading)
    {
        GuideDialog dialog;
        QVERIFY2(dialog.plainText().contains(heading), qPrintable(dialog.plainText().left(200)));
        auto *browser = dialog.findChild<QTextBrowser *>(QStringLiteral("guideBrowser"));
        QVERIFY(browser);
        // The pictures load from the resources: the first one is an image of the real size.
        const QString first = pictures(guideText(i18n::englishInUse() ? QStringLiteral("en")
                                                                      : QStringLiteral("zh_CN")))
                                  .value(0);
        const QVariant data = browser->loadResource(QTextDocument::ImageResource, QUrl(first));
        QVERIFY2(data.isValid(), qPrintable(first));
        QVERIFY(QImage::fromData(data.toByteArray()).width() >= 640);
    }
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
