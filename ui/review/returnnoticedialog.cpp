// SPDX-License-Identifier: GPL-3.0-or-later
#include "returnnoticedialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

#include "core/setting.h"

namespace gd {
namespace {

const Setting<QByteArray> kGeometry{"ReturnNoticeDialog/Geometry", {}};

std::function<void(QTextDocument *)> &printHook()
{
    static std::function<void(QTextDocument *)> hook;
    return hook;
}

} // namespace

ReturnNoticeDialog::ReturnNoticeDialog(const QString &title, const QString &text,
                                       const QString &html, QWidget *parent)
    : QDialog(parent)
    , m_html(html)
    , m_text(new QPlainTextEdit(this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
{
    setObjectName(QStringLiteral("returnNoticeDialog"));
    setWindowTitle(title);
    m_text->setObjectName(QStringLiteral("returnNoticeText"));
    m_text->setReadOnly(true);
    m_text->setPlainText(text);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_copy->setToolTip(tr("Copy the notice to the clipboard"));
    m_print->setObjectName(QStringLiteral("printButton"));
    m_print->setToolTip(tr("Preview and print the formatted notice"));
    connect(m_copy, &QPushButton::clicked, this, &ReturnNoticeDialog::copy);
    connect(m_print, &QPushButton::clicked, this, &ReturnNoticeDialog::print);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    if (!restoreGeometry(kGeometry.value()))
        resize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 30);
    connect(this, &QDialog::finished, this, [this] { kGeometry.setValue(saveGeometry()); });
}

ReturnNoticeDialog::~ReturnNoticeDialog() = default;

QString ReturnNoticeDialog::text() const
{
    return m_text->toPlainText();
}

void ReturnNoticeDialog::copy()
{
    QApplication::clipboard()->setText(text());
}

void ReturnNoticeDialog::print()
{
    QTextDocument document;
    document.setHtml(m_html);
    document.setDefaultFont(font());
    if (printHook()) {
        printHook()(&document);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(windowTitle());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print return notice"));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&document](QPrinter *target) { document.print(target); });
    preview.exec();
}

void ReturnNoticeDialog::setPrintHook(std::function<void(QTextDocument *)> hook)
{
    printHook() = std::move(hook);
}

} // namespace gd
