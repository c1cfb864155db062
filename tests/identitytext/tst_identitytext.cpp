// SPDX-License-Identifier: GPL-3.0-or-later
// Names and identifiers refuse hidden characters; free text is shown escaped (issue 12
// item 3, "Hostile text" and "Four eyes by name only").
#include <QTest>

#include "core/identitytext.h"
#include "core/officer.h"

using namespace gd::identitytext;

class TestIdentityText : public QObject
{
    Q_OBJECT

private slots:
    void normalizedNameIsNfkcTrimmed();
    void ordinaryNamesPass();
    void hiddenCharactersAreRefused_data();
    void hiddenCharactersAreRefused();
    void displaySafeEscapes_data();
    void displaySafeEscapes();
    void displaySafeKeepsLinesWhenAsked();
    void officerProfileRefusesHiddenCharacters();
};

void TestIdentityText::normalizedNameIsNfkcTrimmed()
{
    // Full-width letters and digits, the ideographic space: one name however typed.
    QCOMPARE(normalizedName(QStringLiteral("  ＡＢＣ１２３　")), QStringLiteral("ABC123"));
    QCOMPARE(normalizedName(QStringLiteral(" 王立 ")), QStringLiteral("王立"));
    // NFKC does not remove a zero-width space: that is identityProblem()'s job.
    QCOMPARE(normalizedName(QStringLiteral("张\u200B敏")), QStringLiteral("张\u200B敏"));
    QVERIFY(normalizedName(QStringLiteral("张\u200B敏")) != normalizedName(QStringLiteral("张敏")));
}

void TestIdentityText::ordinaryNamesPass()
{
    for (const QString &name :
         {QStringLiteral("张敏"), QStringLiteral("广州穗数科技有限公司"),
          QStringLiteral("91440101MA5CXXXX0X"), QStringLiteral("O'Brien-Smith, Jr."),
          QStringLiteral("𠀋𠮷"), QStringLiteral("Zoë Ångström")})
        QVERIFY2(identityProblem(name).isEmpty(), qPrintable(identityProblem(name)));
}

void TestIdentityText::hiddenCharactersAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("codePoint");
    QTest::addColumn<int>("position");
    QTest::newRow("zero-width space") << QStringLiteral("张\u200B敏") << "U+200B" << 2;
    QTest::newRow("zero-width joiner") << QStringLiteral("ab\u200Dc") << "U+200D" << 3;
    QTest::newRow("LRM") << QStringLiteral("\u200Ex") << "U+200E" << 1;
    QTest::newRow("RLM") << QStringLiteral("x\u200F") << "U+200F" << 2;
    QTest::newRow("bidi override")
        << QStringLiteral("广州\u202E司公限有技科\u202C穗数") << "U+202E" << 3;
    QTest::newRow("LRE") << QStringLiteral("\u202Aa") << "U+202A" << 1;
    QTest::newRow("isolate") << QStringLiteral("a\u2066b\u2069") << "U+2066" << 2;
    QTest::newRow("PDI") << QStringLiteral("ab\u2069") << "U+2069" << 3;
    QTest::newRow("BOM") << QStringLiteral("\uFEFF王立") << "U+FEFF" << 1;
    QTest::newRow("ANSI escape") << QStringLiteral("x\x1b[31m") << "U+001B" << 2;
    QTest::newRow("NUL") << QString(QChar(0)) << "U+0000" << 1;
    QTest::newRow("newline") << QStringLiteral("王\n立") << "U+000A" << 2;
    QTest::newRow("tab") << QStringLiteral("王\t立") << "U+0009" << 2;
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << "U+007F" << 2;
    QTest::newRow("C1 CSI") << QStringLiteral("a\u009B31m") << "U+009B" << 2;
    QTest::newRow("private use") << QStringLiteral("王\uE000") << "U+E000" << 2;
    QTest::newRow("lone surrogate")
        << QString(QChar(0xD800)) + QStringLiteral("x") << "U+D800" << 1;
    QTest::newRow("unassigned") << QStringLiteral("a\u0378") << "U+0378" << 2;
    QTest::newRow("supplementary private use, counted as one character")
        << QStringLiteral("𠀋\U000F0000") << "U+F0000" << 2;
    QTest::newRow("line separator") << QStringLiteral("a\u2028") << "U+2028" << 2;
}

void TestIdentityText::hiddenCharactersAreRefused()
{
    QFETCH(QString, text);
    QFETCH(QString, codePoint);
    QFETCH(int, position);
    const QString problem = identityProblem(text);
    QVERIFY(!problem.isEmpty());
    QVERIFY2(problem.contains(codePoint + QLatin1Char(' ')), qPrintable(problem));
    QVERIFY2(problem.contains(QStringLiteral("at character %1;").arg(position)),
             qPrintable(problem));
}

void TestIdentityText::displaySafeEscapes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("Chinese unchanged")
        << QStringLiteral("用于城市交通研究。") << QStringLiteral("用于城市交通研究。");
    QTest::newRow("bidi override") << QStringLiteral("广州\u202E司公限有技科\u202C穗数")
                                   << QStringLiteral("广州\\u202E司公限有技科\\u202C穗数");
    QTest::newRow("ANSI") << QStringLiteral("研究\x1b[31m红")
                          << QStringLiteral("研究\\u001B[31m红");
    QTest::newRow("zero width") << QStringLiteral("张\u200B敏") << QStringLiteral("张\\u200B敏");
    QTest::newRow("newline and tab in one line")
        << QStringLiteral("a\nb\tc\r") << QStringLiteral("a\\u000Ab\\u0009c\\u000D");
    QTest::newRow("C1") << QStringLiteral("\u0085\u009B") << QStringLiteral("\\u0085\\u009B");
    QTest::newRow("isolates") << QStringLiteral("\u2066x\u2069")
                              << QStringLiteral("\\u2066x\\u2069");
    QTest::newRow("BOM") << QStringLiteral("\uFEFFx") << QStringLiteral("\\uFEFFx");
    QTest::newRow("beyond the BMP")
        << QStringLiteral("𠀋\U000E0001") << QStringLiteral("𠀋\\uDB40\\uDC01");
    QTest::newRow("lone surrogate") << QString(QChar(0xDC00)) << QStringLiteral("\\uDC00");
    QTest::newRow("backslash kept") << QStringLiteral("C:\\data") << QStringLiteral("C:\\data");
}

void TestIdentityText::displaySafeEscapes()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(displaySafe(text), shown);
}

void TestIdentityText::displaySafeKeepsLinesWhenAsked()
{
    QCOMPARE(displaySafe(QStringLiteral("一\n二\t三\x1b[0m"), Lines::Keep),
             QStringLiteral("一\n二\t三\\u001B[0m"));
    QCOMPARE(displaySafe(QStringLiteral("a\r\nb"), Lines::Keep), QStringLiteral("a\\u000D\nb"));
}

void TestIdentityText::officerProfileRefusesHiddenCharacters()
{
    gd::officer::Profile profile;
    profile.name = QStringLiteral("张敏");
    profile.unit = QStringLiteral("审核科");
    profile.position = QStringLiteral("主任科员");
    QVERIFY(profile.isComplete());
    QVERIFY(profile.identityProblem().isEmpty());
    profile.name = QStringLiteral("张\u200B敏");
    QVERIFY(!profile.isComplete());
    QVERIFY2(profile.identityProblem().startsWith(QStringLiteral("Name: contains U+200B")),
             qPrintable(profile.identityProblem()));
    profile.name = QStringLiteral("张敏");
    profile.position = QStringLiteral("主任\u202E科员");
    QVERIFY(!profile.isComplete());
    QVERIFY2(profile.identityProblem().startsWith(QStringLiteral("Position: contains U+202E")),
             qPrintable(profile.identityProblem()));
}

QTEST_GUILESS_MAIN(TestIdentityText)
#include "tst_identitytext.moc"
