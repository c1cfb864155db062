// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the package tests: signers, package content, rewriting a package's members and
// running VERIFY.txt's commands.

#include <functional>

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include "core/canonicaljson.h"
#include "core/hashing.h"
#include "package/crypto.h"
#include "package/keystore.h"
#include "package/package.h"
#include "package/verifytext.h"
#include "package/ziparchive.h"

namespace packagetest {

using namespace gd;
using namespace gd::package;

inline Signer makeSigner(Algorithm algorithm, const QString &name,
                         const QDateTime &notBefore = QDateTime::currentDateTimeUtc().addDays(-1),
                         const QDateTime &notAfter = QDateTime::currentDateTimeUtc().addDays(365))
{
    auto key = generateKey(algorithm);
    if (!key)
        qFatal("generateKey: %s", qPrintable(key.error().toString()));
    auto certificate = issueSelfCertificate(
        key.value(),
        {name, QStringLiteral("广州市政务服务和数据管理局"), QStringLiteral("主任科员")}, notBefore,
        notAfter);
    if (!certificate)
        qFatal("issueSelfCertificate: %s", qPrintable(certificate.error().toString()));
    return Signer{key.value(), certificate.value()};
}

/** Bytes that are not all alike, so that a flipped byte is never a no-op by accident. */
inline QByteArray pattern(qsizetype size, char seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = quint32(quint8(seed)) * 2654435761u + 1;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        data[i] = char(x >> 16);
    }
    return data;
}

inline PackageContent sampleContent()
{
    PackageContent content;
    content.applicationId = QStringLiteral("GZ-2026-0001");
    content.applicationVersion = 2;
    content.decision = QStringLiteral("approved");
    content.rules = QJsonObject{{QStringLiteral("checklist"), QStringLiteral("2026.1")},
                                {QStringLiteral("modeTable"), QStringLiteral("2026.1")}};
    content.created = QDateTime::currentDateTimeUtc();
    content.reviewJson = canonicaljson::serialize(
        QJsonObject{{QStringLiteral("application"), QStringLiteral("GZ-2026-0001")},
                    {QStringLiteral("opinion"),
                     QStringLiteral("同意授权。符合公共数据授权运营管理办法的规定。")},
                    {QStringLiteral("fee"), QStringLiteral("313600.00")}});
    content.reviewPdf = QByteArrayLiteral("%PDF-1.4\n") + pattern(3000, 'p') + "\n%%EOF\n";
    content.attachments = {
        {QStringLiteral("attachments/申请书.pdf"),
         QByteArrayLiteral("%PDF-1.7\n") + pattern(2000, 'a')},
        {QStringLiteral("attachments/data-catalog.json"),
         QByteArrayLiteral("{\"resources\":[\"GD-440100-2025-000123\"]}") + QByteArray(100, ' ')}};
    return content;
}

/** The package with its members changed by @p edit, written anew (a valid ZIP). */
inline QByteArray rewrite(const QByteArray &zip,
                          const std::function<void(QList<ZipMember> &)> &edit)
{
    auto reader = ZipReader::openData(zip, QStringLiteral("package"));
    if (!reader)
        qFatal("rewrite: %s", qPrintable(reader.error().toString()));
    QList<ZipMember> members = reader.value()->readAll().value();
    edit(members);
    auto written = writeZip(members);
    if (!written)
        qFatal("rewrite: %s", qPrintable(written.error().toString()));
    return written.value();
}

inline QByteArray memberOf(const QByteArray &zip, const QString &path)
{
    auto reader = ZipReader::openData(zip, QStringLiteral("package"));
    if (!reader)
        return {};
    auto data = reader.value()->read(path);
    return data ? data.value() : QByteArray();
}

inline QByteArray pemOf(const QByteArray &der)
{
    QByteArray pem = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END CERTIFICATE-----\n";
}

inline QByteArray replaceMember(const QByteArray &zip, const QString &path, const QByteArray &data)
{
    return rewrite(zip, [&](QList<ZipMember> &members) {
        for (ZipMember &m : members)
            if (m.path == path)
                m.data = data;
    });
}

/**
 * signatures/reviewer.json replaced by @p json exactly as given (a forger's bytes), signed
 * again by @p signer, whose certificate replaces the one filed.
 */
inline QByteArray resignRaw(const QByteArray &zip, const Signer &signer, const QByteArray &json)
{
    const QByteArray signature = sign(signer.key, json).value();
    return rewrite(zip, [&](QList<ZipMember> &members) {
        for (ZipMember &m : members) {
            if (m.path == QLatin1String("signatures/reviewer.json"))
                m.data = json;
            else if (m.path == QLatin1String("signatures/reviewer.sig"))
                m.data = signature;
            else if (m.path == QLatin1String("signatures/reviewer.crt"))
                m.data = signer.certificate.pem();
        }
    });
}

/** signatures/reviewer.json rewritten by @p edit and signed again with @p signer. */
inline QByteArray resign(const QByteArray &zip, const Signer &signer,
                         const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject attributes =
        QJsonDocument::fromJson(memberOf(zip, QStringLiteral("signatures/reviewer.json"))).object();
    edit(attributes);
    return resignRaw(zip, signer, canonicaljson::serialize(attributes));
}

/** What the package tests start from: a signed and a countersigned sample package. */
struct Fixture
{
    QTemporaryDir dir;
    Signer sm2;      // 张敏, the reviewer
    Signer approver; // 王立, Ed25519
    QByteArray signedPackage;
    QByteArray countersigned;

    TrustStore emptyTrust() const
    {
        return TrustStore(dir.filePath(QStringLiteral("trust-empty")));
    }

    /** Empty on success, else what failed. */
    QString init()
    {
        if (!dir.isValid())
            return QStringLiteral("no temporary folder");
        sm2 = makeSigner(Algorithm::Sm2Sm3, QStringLiteral("张敏"));
        approver = makeSigner(Algorithm::Ed25519, QStringLiteral("王立"));
        auto built = buildPackage(sampleContent(), sm2);
        if (!built)
            return built.error().toString();
        signedPackage = built->data;
        auto again =
            countersignPackage(signedPackage, QStringLiteral("p.gdpkg"), approver, emptyTrust());
        if (!again)
            return again.error().toString();
        countersigned = again->data;
        return {};
    }
};

/**
 * @p zip with signatures/approver.* made by @p signer around countersignPackage(), as a
 * forger would write them from the published format: a valid signature over the manifest,
 * whatever countersignPackage() would have refused.
 */
inline QByteArray forgeCountersignature(const QByteArray &zip, const Signer &signer)
{
    const QByteArray manifest = memberOf(zip, QStringLiteral("manifest.json"));
    const QByteArray attributes = canonicaljson::serialize(
        QJsonObject{{QStringLiteral("format"), QString::fromLatin1(kSignatureFormat)},
                    {QStringLiteral("role"), QStringLiteral("approver")},
                    {QStringLiteral("algorithm"), algorithmCode(*signer.certificate.algorithm())},
                    {QStringLiteral("manifestSha256"), hashing::sha256Hex(manifest)},
                    {QStringLiteral("manifestSm3"), hashing::sm3Hex(manifest)},
                    {QStringLiteral("signedAt"),
                     QDateTime::currentDateTimeUtc().toString(Qt::ISODate).left(19) + u'Z'},
                    {QStringLiteral("signer"),
                     QJsonObject{{QStringLiteral("subject"), signer.certificate.subject()},
                                 {QStringLiteral("certSha256"), signer.certificate.sha256()}}}});
    auto signature = sign(signer.key, attributes);
    if (!signature)
        qFatal("sign: %s", qPrintable(signature.error().toString()));
    return rewrite(zip, [&](QList<ZipMember> &members) {
        members.append({QStringLiteral("signatures/approver.json"), attributes});
        members.append({QStringLiteral("signatures/approver.sig"), signature.value()});
        members.append({QStringLiteral("signatures/approver.crt"), signer.certificate.pem()});
    });
}

struct ShellRun
{
    int code = -1;
    QString output;
    QStringList commands;
};

/**
 * Runs VERIFY.txt's "$ " commands from @p zip (written as @p folder/p.gdpkg) with bash, in
 * order, stopping at the first that fails: approver lines only when the package has an
 * approver's signature, algorithm-marked lines only for that role's algorithm.
 */
inline ShellRun runVerifyCommands(const QByteArray &zip, const QString &folder)
{
    ShellRun run;
    const QString file = QDir(folder).filePath(QStringLiteral("p.gdpkg"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(zip) != zip.size())
        return run;
    out.close();
    auto reader = ZipReader::openData(zip, QStringLiteral("p.gdpkg"));
    const QString text = QString::fromUtf8(memberOf(zip, QStringLiteral("VERIFY.txt")));
    auto algorithmOf = [&](const QString &role) {
        const QByteArray json = memberOf(zip, QStringLiteral("signatures/%1.json").arg(role));
        const QRegularExpression re(QStringLiteral("\"algorithm\":\"([a-z0-9-]+)\""));
        return re.match(QString::fromUtf8(json)).captured(1);
    };
    const QString reviewerAlgorithm = algorithmOf(QStringLiteral("reviewer"));
    const bool countersigned =
        reader && reader.value()->contains(QStringLiteral("signatures/approver.json"));
    const QString approverAlgorithm =
        countersigned ? algorithmOf(QStringLiteral("approver")) : QString();
    QString script = QStringLiteral("set -o pipefail\n");
    const QRegularExpression tag(QStringLiteral("#\\s*(sm2-sm3|ed25519)\\s*$"));
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("$ ")))
            continue;
        QString command = line.mid(2);
        const bool approverLine = command.contains(QLatin1String("approver"));
        if (approverLine && !countersigned)
            continue;
        const auto match = tag.match(command);
        if (match.hasMatch()) {
            const QString wanted = approverLine ? approverAlgorithm : reviewerAlgorithm;
            if (match.captured(1) != wanted)
                continue;
        }
        command.replace(QLatin1String(kPackagePlaceholder), file);
        run.commands << command;
        // Each command on its own: a failing "check && echo OK" must stop the run too.
        script += QStringLiteral("{ %1\n} || { echo \"FAILED: command %2\"; exit 1; }\n")
                      .arg(command)
                      .arg(run.commands.size());
    }
    QProcess bash;
    bash.setWorkingDirectory(folder);
    bash.setProcessChannelMode(QProcess::MergedChannels);
    bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    bash.waitForFinished(60000);
    run.code = bash.exitStatus() == QProcess::NormalExit ? bash.exitCode() : -1;
    run.output = QString::fromUtf8(bash.readAll());
    return run;
}

} // namespace packagetest
