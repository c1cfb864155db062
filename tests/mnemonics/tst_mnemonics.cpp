// SPDX-License-Identifier: GPL-3.0-or-later
#include <functional>
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QAbstractItemView>
#include <QTextDocumentFragment>
#include <QTextBrowser>
#include <QLineEdit>
#include <QHeaderView>
#include <QComboBox>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

#include "services/desk.h"
#include "services/lifecycleservice.h"
#include "core/i18n.h"
#include "core/officer.h"
#include "importer/importer.h"
#include "help/guidedialog.h"
#include "inbox/importresultdialog.h"
#include "inbox/mainwindow.h"
#include "inbox/restoredialog.h"
#include "lifecycle/recordactdialog.h"
#include "modes/adjustscoredialog.h"
#include "modes/modecomparisondialog.h"
#include "monitoring/acknowledgedialog.h"
#include "package/keydialogs.h"
#include "package/passphrasedialog.h"
#include "package/verifydialog.h"
#include "pricing/feecalculatordialog.h"
#include "pricing/rulefilesdialog.h"
#include "review/returnnoticedialog.h"
#include "review/reviewworkspace.h"
#include "settings/officerdialog.h"
#include "settings/officersdialog.h"
#include "settings/settingsdialog.h"
#include "store/database.h"

using namespace gd;

namespace {

/** One widget that answers an Alt+letter, as the user sees it. */
struct Mnemonic
{
    QKeySequence key;
    QString owner; // "QLabel '口令(&P):'"
};

QString describe(const QObject *widget, const QString &text)
{
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(widget->metaObject()->className()),
                                         text);
}

void addMnemonic(QList<Mnemonic> &into, const QObject *widget, const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (!key.isEmpty())
        into.append({key, describe(widget, text)});
}

/**
 * The mnemonics of everything visible in @p window: label buddies, buttons, group boxes,
 * tabs and the menu bar's menus (all are window shortcuts, so two of them on one key clash).
 */
QList<Mnemonic> visibleMnemonics(QWidget *window)
{
    QList<Mnemonic> found;
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->buddy())
                addMnemonic(found, label, label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
            addMnemonic(found, button, button->text());
        } else if (auto *box = qobject_cast<QGroupBox *>(widget)) {
            addMnemonic(found, box, box->title());
        } else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                if (tabs->isTabVisible(i))
                    addMnemonic(found, tabs, tabs->tabText(i));
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : menuBar->actions())
                if (action->isVisible())
                    addMnemonic(found, menuBar, action->text());
        }
    }
    return found;
}

/** "Alt+P: QLabel 'Position:' and QLabel 'Pass&phrase:'" for each key held twice. */
QStringList clashes(QWidget *window)
{
    QMap<QString, QStringList> byKey;
    for (const Mnemonic &m : visibleMnemonics(window))
        byKey[m.key.toString(QKeySequence::PortableText)].append(m.owner);
    QStringList found;
    for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
        if (it.value().size() > 1)
            found << it.key() + QStringLiteral(": ") + it.value().join(QStringLiteral(" and "));
    return found;
}

/**
 * The clashes of @p window in each state its stacked pages and tabs can show: every page of
 * every QStackedWidget (a QTabWidget holds one) in turn, with the stacks around it showing it.
 */
QStringList clashesInEveryPage(QWidget *window)
{
    QStringList found = clashes(window);
    const QList<QStackedWidget *> stacks = window->findChildren<QStackedWidget *>();
    for (QStackedWidget *stack : stacks) {
        // Show the stack itself: each enclosing stack turns to the page holding it.
        for (QWidget *inner = stack; inner && inner != window; inner = inner->parentWidget())
            if (auto *outer = qobject_cast<QStackedWidget *>(inner->parentWidget()))
                outer->setCurrentWidget(inner);
        const int current = stack->currentIndex();
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            QCoreApplication::processEvents();
            const QString where =
                QStringLiteral(" [%1 page %2]")
                    .arg(stack->objectName().isEmpty() ? QString::fromLatin1("stack")
                                                       : stack->objectName())
                    .arg(i);
            for (const QString &clash : clashes(window))
                if (!found.contains(clash) && !found.contains(clash + where))
                    found << clash + where;
        }
        stack->setCurrentIndex(current);
    }
    return found;
}

/** The classes in ui/ that derive from QDialog (so that a new one cannot be left out). */
QStringList dialogClassesInSource()
{
    QStringList names;
    const QRegularExpression declaration(
        QStringLiteral(R"(class\s+(\w+)\s+(?:final\s+)?:\s*public\s+QDialog\b)"));
    QDirIterator it(QStringLiteral(GRANTDESK_UI_SOURCE_DIR), {QStringLiteral("*.h")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (const auto &match : declaration.globalMatch(text))
            names << match.captured(1);
    }
    names.sort();
    return names;
}

/** Every text of @p window an officer reads: labels, buttons, group boxes, tabs, headers,
 *  combo items, placeholders and window titles of the widgets visible in it. */
QStringList visibleTexts(QWidget *window)
{
    QStringList texts{window->windowTitle()};
    const QList<QWidget *> widgets = window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << QTextDocumentFragment::fromHtml(label->text()).toPlainText();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text() << button->toolTip();
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        else if (auto *tabs = qobject_cast<QTabBar *>(widget))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        else if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        else if (auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (QAbstractItemModel *model = header->model())
                for (int i = 0; i < model->columnCount(); ++i)
                    texts << model->headerData(i, header->orientation()).toString();
        } else if (auto *view = qobject_cast<QAbstractItemView *>(widget)) {
            if (QAbstractItemModel *model = view->model())
                for (int r = 0; r < std::min(model->rowCount(), 50); ++r)
                    for (int c = 0; c < model->columnCount(); ++c)
                        texts << model->index(r, c).data().toString();
        } else if (auto *browser = qobject_cast<QTextBrowser *>(widget))
            texts << browser->toPlainText();
        else if (auto *menuBar = qobject_cast<QMenuBar *>(widget))
            for (QAction *action : menuBar->actions()) {
                texts << action->text();
                if (action->menu())
                    for (QAction *item : action->menu()->actions())
                        texts << item->text();
            }
    }
    return texts;
}

/** visibleTexts() of @p window with each page of its stacked widgets shown in turn. */
QStringList textsOfEveryPage(QWidget *window)
{
    QStringList texts = visibleTexts(window);
    for (QStackedWidget *stack : window->findChildren<QStackedWidget *>())
        for (int i = 0; i < stack->count(); ++i) {
            stack->setCurrentIndex(i);
            texts << visibleTexts(window);
        }
    return texts;
}

/** Latin words of three letters or more in @p texts that are not names, codes or units. */
QStringList englishWords(const QStringList &texts)
{
    // A word joined to a dot, slash, at sign or hash is part of a file name, path, address or
    // format name ("review.pdf", "docs/guide", "PKCS#12") and is left alone.
    static const QRegularExpression word(
        QStringLiteral(R"((?<![\w./@#\-])[A-Za-z]{3,}(?![\w./@#\-]))"));
    // Names and codes an officer reads as they are: the program, keys, formats, abbreviations.
    static const QSet<QString> allowed{
        QStringLiteral("GrantDesk"), QStringLiteral("Ctrl"), QStringLiteral("Alt"),
        QStringLiteral("Shift"),     QStringLiteral("PgUp"), QStringLiteral("PgDown"),
        QStringLiteral("Enter"),     QStringLiteral("Esc"),  QStringLiteral("API"),
        QStringLiteral("PEM"),       QStringLiteral("DER"),  QStringLiteral("OpenSSL"),
        QStringLiteral("PDF"),       QStringLiteral("JSON"), QStringLiteral("CSV"),
        QStringLiteral("SHA"),       QStringLiteral("MLPS")};
    QStringList found;
    for (const QString &text : texts)
        for (const auto &m : word.globalMatch(text))
            if (!allowed.contains(m.captured(0)))
                found << QStringLiteral("%1 in \"%2\"").arg(m.captured(0), text.left(80));
    found.removeDuplicates();
    return found;
}

/** Every string in the JSON files under @p folder (applications, register, rule files): the
 *  names and free text an officer's data brings, in whatever language it was written. */
QStringList dataStrings(const QString &folder)
{
    QStringList strings;
    std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &value) {
        if (value.isString())
            strings << value.toString();
        else if (value.isArray())
            for (const QJsonValue &v : value.toArray())
                collect(v);
        else if (value.isObject())
            for (const QJsonValue &v : value.toObject())
                collect(v);
    };
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            collect(QJsonDocument::fromJson(file.readAll()).object());
    }
    return strings;
}

/**
 * Han characters in @p texts once the data's own strings (@p names: applicants, scenarios,
 * resources, the officer) are taken out, outside the quoted terms docs/domain.md keeps in
 * Chinese beside their English ("Collective-decision checklist (三重一大)").
 */
QStringList chineseWords(const QStringList &texts, QStringList names)
{
    static const QRegularExpression han(QStringLiteral(R"([\x{3400}-\x{9fff}]+)"));
    static const QSet<QString> quoted{QStringLiteral("三重一大"), QStringLiteral("一事一议"),
                                      QStringLiteral("等保"), QStringLiteral("密评")};
    // Longest first, so that a name containing another is taken out whole.
    std::sort(names.begin(), names.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    names.removeAll(QString());
    QStringList found;
    // A document number is a name too ("e.g. 穗数政批〔2026〕12号").
    static const QRegularExpression documentNumber(
        QStringLiteral(R"([\x{3400}-\x{9fff}]+〔\d{4}〕\d+号)"));
    for (QString text : texts) {
        const QString shown = text.left(80);
        text.replace(documentNumber, QStringLiteral(" "));
        for (const QString &name : std::as_const(names))
            if (han.match(name).hasMatch())
                text.replace(name, QStringLiteral(" "));
        for (const auto &m : han.globalMatch(text))
            if (!quoted.contains(m.captured(0)))
                found << QStringLiteral("%1 in \"%2\"").arg(m.captured(0), shown);
    }
    found.removeDuplicates();
    return found;
}

} // namespace

class TestMnemonics final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyDialogIsWalked();
    // English first: the Chinese catalogue, once installed, stays for the process.
    void english() { walkAll(QStringLiteral("en")); }
    void englishHasNoChinese();
    void chinese();
    void findsTheKeyDialogClash();
    void chineseHasNoEnglish();

private:
    using Factory = std::function<std::unique_ptr<QWidget>()>;
    QMap<QString, Factory> factories();
    void walkAll(const QString &language);
    /** Shows every window and adds "window: word" to @p problems for each word @p words finds
     *  in the texts of its pages (each once). */
    void scanEveryWindow(const std::function<QStringList(const QStringList &)> &words,
                         QStringList &problems);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<Database> m_db;
    std::unique_ptr<LifecycleService> m_lifecycle; // the record-act dialog's
};

void TestMnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GrantDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("grantdesk-tst_mnemonics"));
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("mnemonics.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
    m_lifecycle = std::make_unique<LifecycleService>(Desk::over(m_db));
    const ImportReport report =
        Importer(m_db).importPaths({QStringLiteral(GRANTDESK_TEST_DATA "/examples")});
    QCOMPARE(report.count(FileOutcome::Kind::Added), 3);
    // Reviewer and approver, so that the review opens and every role's controls show.
    officer::saveProfile(
        {QStringLiteral("张敏"), QStringLiteral("主任科员"), QStringLiteral("审核科"), true, true});
}

void TestMnemonics::cleanupTestCase()
{
    m_lifecycle.reset();
    m_db.reset();
    m_dir.reset();
    QSettings().clear();
}

QMap<QString, TestMnemonics::Factory> TestMnemonics::factories()
{
    auto db = m_db;
    auto dialogs = QMap<QString, Factory>{
        {QStringLiteral("ImportResultDialog"),
         [] { return std::make_unique<ImportResultDialog>(); }},
        {QStringLiteral("AdjustScoreDialog"),
         [] {
             return std::make_unique<AdjustScoreDialog>(QStringLiteral("单元格"), 3, 4,
                                                        QStringLiteral("理由"));
         }},
        {QStringLiteral("ModeComparisonDialog"),
         [] { return std::make_unique<ModeComparisonDialog>(); }},
        {QStringLiteral("AcknowledgeDialog"),
         [db] { return std::make_unique<AcknowledgeDialog>(Desk::over(db), monitoring::Alert{}); }},
        {QStringLiteral("GenerateKeyDialog"),
         [] { return std::make_unique<GenerateKeyDialog>(true, QStringLiteral("signing-old")); }},
        {QStringLiteral("ImportKeyDialog"),
         [] { return std::make_unique<ImportKeyDialog>(true, QStringLiteral("signing-old")); }},
        {QStringLiteral("PassphraseDialog"),
         [] { return std::make_unique<PassphraseDialog>(QStringLiteral("口令：")); }},
        {QStringLiteral("VerifyDialog"),
         [this] {
             return std::make_unique<VerifyDialog>(m_dir->filePath(QStringLiteral("none.gdpkg")));
         }},
        {QStringLiteral("FeeCalculatorDialog"),
         [] { return std::make_unique<FeeCalculatorDialog>(); }},
        {QStringLiteral("RuleFilesDialog"), [] { return std::make_unique<RuleFilesDialog>(); }},
        {QStringLiteral("RestoreDialog"),
         [db] { return std::make_unique<RestoreDialog>(db->path()); }},
        {QStringLiteral("ReturnNoticeDialog"),
         [] {
             return std::make_unique<ReturnNoticeDialog>(
                 QStringLiteral("标题"), QStringLiteral("正文"), QStringLiteral("<p>正文</p>"));
         }},
        {QStringLiteral("OfficerDialog"), [] { return std::make_unique<OfficerDialog>(); }},
        {QStringLiteral("OfficersDialog"),
         [db] { return std::make_unique<OfficersDialog>(Desk::over(db)); }},
        {QStringLiteral("GuideDialog"), [] { return std::make_unique<GuideDialog>(); }},
        {QStringLiteral("RecordActDialog"),
         [this] {
             LifecycleService::CaseLife life;
             life.mode = QStringLiteral("domain");
             life.reviewed = QDate::currentDate();
             life.state.stage = lifecycle::Stage::CollectiveDecision;
             return std::make_unique<RecordActDialog>(*m_lifecycle, QStringLiteral("GZ-2026-0001"),
                                                      1, life, QDate::currentDate());
         }},
        {QStringLiteral("SettingsDialog"), [] { return std::make_unique<SettingsDialog>(); }},
    };
    // The main window with an open review beside the inbox and the monitoring tab.
    dialogs.insert(QStringLiteral("MainWindow"), [db]() -> std::unique_ptr<QWidget> {
        auto window = std::make_unique<MainWindow>(Desk::over(db));
        window->show();
        if (!window->openReview(QStringLiteral("GZ-2026-0001"), 1))
            qWarning("the review did not open");
        return window;
    });
    return dialogs;
}

void TestMnemonics::everyDialogIsWalked()
{
    const QStringList inSource = dialogClassesInSource();
    QVERIFY(inSource.contains(QStringLiteral("GenerateKeyDialog")));
    const QStringList walked = factories().keys();
    for (const QString &name : inSource)
        QVERIFY2(walked.contains(name),
                 qPrintable(name + QStringLiteral(" derives from QDialog but is not walked here")));
}

void TestMnemonics::chinese()
{
    QVERIFY(i18n::install(QStringLiteral("zh_CN")));
    // The catalogue is in use: the key dialog's labels read in Chinese.
    QVERIFY(GenerateKeyDialog::tr("&Algorithm:") != QLatin1String("&Algorithm:"));
    walkAll(QStringLiteral("zh_CN"));
}

/** The mirror of chineseHasNoEnglish(): no Chinese in the English UI but the data's names
 *  and the quoted terms (issue 18 item 4). Runs before chinese() installs its catalogue. */
void TestMnemonics::englishHasNoChinese()
{
    i18n::install(QStringLiteral("en")); // as --lang en: the data files' "en" texts are shown
    QCOMPARE(GenerateKeyDialog::tr("&Algorithm:"), QStringLiteral("&Algorithm:"));
    // The names the data brings: the applications and register imported here, and the
    // built-in rule files and approved plans (regions, issuers, plan names).
    QStringList names = dataStrings(QStringLiteral(GRANTDESK_TEST_DATA "/examples"));
    names << dataStrings(QStringLiteral(":/rules")) << dataStrings(QStringLiteral(":/plans"));
    // The officer and the texts this test hands the dialogs.
    names << QStringLiteral("张敏") << QStringLiteral("主任科员") << QStringLiteral("审核科")
          << QStringLiteral("单元格") << QStringLiteral("理由") << QStringLiteral("口令：")
          << QStringLiteral("标题") << QStringLiteral("正文");
    QStringList problems;
    scanEveryWindow([&names](const QStringList &texts) { return chineseWords(texts, names); },
                    problems);
    for (const QString &problem : std::as_const(problems))
        qInfo("Chinese in the English UI: %s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 Chinese word(s) in the English UI, listed above")
                            .arg(problems.size())));
}

void TestMnemonics::chineseHasNoEnglish()
{
    // Runs after chinese(): the Chinese catalogue is installed. A desk of its own, used only in
    // Chinese (the English walk opened the shared one). Suggested reasons are no longer stored
    // in any language (review/3), so this keeps the scan's start clean, not a workaround.
    m_lifecycle.reset();
    m_db.reset();
    auto db = Database::open(m_dir->filePath(QStringLiteral("chinese.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db ? QString() : db.error().toString()));
    m_db = db.value();
    m_lifecycle = std::make_unique<LifecycleService>(Desk::over(m_db));
    QCOMPARE(Importer(m_db)
                 .importPaths({QStringLiteral(GRANTDESK_TEST_DATA "/examples")})
                 .count(FileOutcome::Kind::Added),
             3);
    QStringList problems;
    scanEveryWindow(englishWords, problems);
    for (const QString &problem : std::as_const(problems))
        qInfo("English in the Chinese UI: %s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("%1 English word(s) in the Chinese UI, listed above")
                            .arg(problems.size())));
}

void TestMnemonics::scanEveryWindow(const std::function<QStringList(const QStringList &)> &words,
                                    QStringList &problems)
{
    const auto all = factories();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        std::unique_ptr<QWidget> window = it.value()();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (const QString &w : words(textsOfEveryPage(window.get())))
            problems << it.key() + QStringLiteral(": ") + w;
        window->close();
    }
    problems.removeDuplicates();
}

void TestMnemonics::walkAll(const QString &language)
{
    QStringList problems;
    const auto all = factories();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        std::unique_ptr<QWidget> window = it.value()();
        QVERIFY(window);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        if (it.key() == QLatin1String("MainWindow"))
            QVERIFY(window->findChild<ReviewWorkspace *>()); // the review's pages are walked
        for (const QString &clash : clashesInEveryPage(window.get()))
            problems << QStringLiteral("%1 [%2] %3").arg(it.key(), language, clash);
        window->close();
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestMnemonics::findsTheKeyDialogClash()
{
    // The reproduction of issue 12: in the key dialog Position and Passphrase shared Alt+P
    // (职务(&P) and 口令(&P)), so a passphrase could be typed into the certificate's title.
    // The walk finds exactly that when the Position label is given its old text back.
    GenerateKeyDialog dialog(false, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(clashes(&dialog).isEmpty(), qPrintable(clashes(&dialog).join(u'\n')));
    auto *position = dialog.findChild<QWidget *>(QStringLiteral("positionEdit"));
    QVERIFY(position);
    QLabel *label = nullptr;
    for (QLabel *candidate : dialog.findChildren<QLabel *>())
        if (candidate->buddy() == position)
            label = candidate;
    QVERIFY(label);
    const QString passphrase = GenerateKeyDialog::tr("Pass&phrase:");
    for (const QString &old : {QStringLiteral("&Position:"), QStringLiteral("职务(&P)：")}) {
        label->setText(old);
        const QStringList found = clashes(&dialog);
        QCOMPARE(found.size(), 1);
        QVERIFY2(found.first().startsWith(QLatin1String("Alt+P: ")) &&
                     found.first().contains(old) && found.first().contains(passphrase),
                 qPrintable(found.first()));
    }
}

QTEST_MAIN(TestMnemonics)
#include "tst_mnemonics.moc"
