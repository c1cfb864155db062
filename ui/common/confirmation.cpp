// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmation.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace gd {
namespace {

Confirmation::Handler &handler()
{
    static Confirmation::Handler instance;
    return instance;
}

} // namespace

bool Confirmation::ask(QWidget *parent, const Request &request)
{
    if (handler())
        return handler()(parent, request);
    return askWithBox(parent, request);
}

void Confirmation::setHandler(Handler replacement)
{
    handler() = std::move(replacement);
}

bool Confirmation::askWithBox(QWidget *parent, const Request &request)
{
    QMessageBox box(QMessageBox::Question, request.title, request.text, QMessageBox::NoButton,
                    parent);
    box.setObjectName(QStringLiteral("confirmationBox"));
    box.setTextFormat(Qt::PlainText);
    QPushButton *go = box.addButton(request.accept, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    QPushButton *cancel = box.addButton(QCoreApplication::translate("Confirmation", "Cancel"),
                                        QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // A binding act is never the default: Enter or Escape cancels.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace gd
