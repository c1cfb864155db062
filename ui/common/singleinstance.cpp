// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

#include "core/log.h"

namespace gd {
namespace {

// sockaddr_un holds 108 bytes with the terminating zero.
constexpr qsizetype kMaxSocketPath = 107;
// A request is a list of file paths: a few kilobytes at most.
constexpr qint64 kMaxRequest = 64 * 1024;
const QByteArray kAccepted = QByteArrayLiteral("ok\n");

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

SingleInstance::SingleInstance(const QString &database, const QString &folder, QObject *parent)
    : QObject(parent)
{
    const QByteArray key =
        QCryptographicHash::hash(canonical(database).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(16);
    const QString socket =
        QDir(folder).filePath(QStringLiteral("instance-%1").arg(QString::fromLatin1(key)));
    if (socket.toLocal8Bit().size() <= kMaxSocketPath)
        m_socket = socket;
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::handToRunning(const QStringList &packages, int waitMs) const
{
    if (m_socket.isEmpty())
        return false;
    QLocalSocket socket;
    socket.connectToServer(m_socket);
    if (!socket.waitForConnected(waitMs))
        return false;
    QStringList absolute;
    for (const QString &package : packages)
        absolute << QFileInfo(package).absoluteFilePath();
    const QJsonObject request{{QStringLiteral("packages"), QJsonArray::fromStringList(absolute)}};
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(waitMs))
        return false;
    while (socket.bytesAvailable() < kAccepted.size())
        if (!socket.waitForReadyRead(waitMs))
            return false;
    return socket.readAll() == kAccepted;
}

bool SingleInstance::listen()
{
    if (m_socket.isEmpty() || m_server)
        return false;
    auto *server = new QLocalServer(this);
    server->setSocketOptions(QLocalServer::UserAccessOption);
    // A socket left by a program that was killed answers nobody: take its place.
    if (!server->listen(m_socket) && server->serverError() == QAbstractSocket::AddressInUseError &&
        QLocalServer::removeServer(m_socket))
        server->listen(m_socket);
    if (!server->isListening()) {
        log::warning(QStringLiteral("single instance: cannot listen on %1: %2")
                         .arg(m_socket, server->errorString()));
        delete server;
        return false;
    }
    m_server = server;
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::answer);
    return true;
}

void SingleInstance::answer()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (socket->bytesAvailable() > kMaxRequest) {
                socket->abort();
                return;
            }
            if (!socket->canReadLine())
                return;
            const QJsonDocument request = QJsonDocument::fromJson(socket->readLine().trimmed());
            QStringList packages;
            for (const QJsonValue &value :
                 request.object().value(QLatin1String("packages")).toArray())
                if (value.isString())
                    packages << value.toString();
            socket->write(kAccepted);
            socket->flush();
            emit activated(packages);
        });
    }
}

} // namespace gd
