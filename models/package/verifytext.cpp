// SPDX-License-Identifier: GPL-3.0-or-later
#include "verifytext.h"

namespace gd::package {
namespace {

// Bilingual by design: the file is read by archivists years later, whatever language the
// officer's GrantDesk was set to, so both texts are written and neither is translated.
const char kHead[] = R"TXT(GrantDesk 审核结果包校验说明
How to verify this GrantDesk review package
==========================================================================

申请 / Application: %ID，第 %VERSION 版 / version %VERSION

本说明告诉您如何只用 unzip、sha256sum 和 openssl（OpenSSL 3）校验本包，无需 GrantDesk。
以 "$ " 开头的行是在 bash 中执行的命令（输入时不带 "$ "）；PACKAGE.gdpkg 代表本包的文件名。
每条命令在检查通过时退出码为 0；任何一条失败，都说明本包在签名后被改动过。

This note tells how to check this package with unzip, sha256sum and openssl (OpenSSL 3)
alone, without GrantDesk. Lines starting with "$ " are commands to run in bash (type them
without the "$ "); PACKAGE.gdpkg stands for this package's file name. Every command exits
with status 0 when its check passes; if any fails, the package was changed after signing.

包的组成 / What the package holds:
  manifest.json           所有文件的大小、SHA-256 和 SM3 摘要（签名对象）
                          every file's size, SHA-256 and SM3 digest (what is signed)
  review.json, review.pdf 审核记录（机器可读 / 人可读）
                          the review record (for machines / for people)
  attachments/            申请的原始附件 / the application's original files
  signatures/reviewer.*   初审人签名：.json 签名属性，.sig 签名，.crt 证书
                          the reviewer's signature: .json signed attributes, .sig, .crt
  signatures/approver.*   复核人的复核签名（如有）/ the approver's countersignature (if any)

1. 解包到一个新文件夹并进入该文件夹。
   Unzip into a new folder and go there.
$ mkdir package && unzip -q PACKAGE.gdpkg -d package && cd package

2. 除 manifest.json 和 signatures/ 外，包内文件应恰好是 manifest.json 所列的文件
   （没有输出即一致）。
   Apart from manifest.json and signatures/, the files must be exactly those listed in
   manifest.json (no output means they are).
$ diff <(grep -o '"path":"[^"]*"' manifest.json | cut -d'"' -f4 | LC_ALL=C sort) <(find . -type f ! -path ./manifest.json ! -path './signatures/*' | cut -c3- | LC_ALL=C sort)

3. 每个文件的 SHA-256 摘要应与 manifest.json 所列一致（每个文件显示 OK）。
   （manifest.json 还列出 SM3 摘要，可用 openssl dgst -sm3 文件名 核对。）
   Every file's SHA-256 digest must match manifest.json (each file says OK).
   (manifest.json lists SM3 digests too: openssl dgst -sm3 FILE shows them.)
$ grep -o '"path":"[^"]*","sha256":"[0-9a-f]*"' manifest.json | sed -E 's/"path":"([^"]*)","sha256":"([0-9a-f]*)"/\2  \1/' | sha256sum -c --strict
)TXT";

const char kRole[] = R"TXT(
%STEP4. %ROLE_ZH签名所签的 manifest.json 摘要（signatures/%ROLE.json 中的 manifestSha256）
   应与 manifest.json 的实际摘要一致。
   The manifest digest the %ROLE signed (manifestSha256 in signatures/%ROLE.json) must
   be manifest.json's actual digest.
$ grep -q "\"manifestSha256\":\"$(sha256sum manifest.json | cut -d' ' -f1)\"" signatures/%ROLE.json && echo "%ROLE: manifest.json OK"

%STEP5. 证书：查看签名人、有效期和 SHA-256 指纹。openssl 显示的指纹是以冒号分隔的大写
   十六进制；去掉冒号并改为小写，应等于 signatures/%ROLE.json 中的 certSha256。
   第二条命令自动比较。签名时间 signedAt 应在证书有效期（notBefore 至 notAfter）之内。
   The certificate: signer, validity and SHA-256 fingerprint. openssl prints the
   fingerprint as colon-separated uppercase hex; without the colons and in lowercase it
   must equal certSha256 in signatures/%ROLE.json. The second command compares them.
   The signing time signedAt must lie within the validity (notBefore to notAfter).
$ openssl x509 -in signatures/%ROLE.crt -noout -subject -nameopt utf8 -dates -fingerprint -sha256
$ grep -q "\"certSha256\":\"$(openssl x509 -in signatures/%ROLE.crt -outform DER | sha256sum | cut -d' ' -f1)\"" signatures/%ROLE.json && echo "%ROLE: certificate OK"
$ grep -o '"signedAt":"[^"]*"' signatures/%ROLE.json

%STEP6. 从证书中取出公钥（写到包文件夹之外）。
   Take the public key out of the certificate (written outside the package folder).
$ openssl x509 -in signatures/%ROLE.crt -pubkey -noout > ../%ROLE-pub.pem

%STEP7. 核对签名：按 signatures/%ROLE.json 中的 "algorithm" 选用一行，应显示
   "Verified OK"（SM2）或 "Signature Verified Successfully"（Ed25519）。
   SM2 签名为 DER 编码，基于 SM3，区分标识为 1234567812345678。
   Check the signature with the line for the "algorithm" named in
   signatures/%ROLE.json; it must print "Verified OK" (SM2) or "Signature Verified
   Successfully" (Ed25519). SM2 signatures are DER over SM3 with the distinguishing ID
   1234567812345678.
$ openssl dgst -sm3 -verify ../%ROLE-pub.pem -sigopt distid:1234567812345678 -signature signatures/%ROLE.sig signatures/%ROLE.json   # sm2-sm3
$ openssl pkeyutl -verify -pubin -inkey ../%ROLE-pub.pem -rawin -in signatures/%ROLE.json -sigfile signatures/%ROLE.sig   # ed25519
)TXT";

const char kApproverHead[] = R"TXT(
8. 如本包已有复核人的复核签名（存在 signatures/approver.json），对 approver 重复第 4 至 7 步，
   并确认两人使用不同的密钥，且复核签名证书的姓名（CN）就是 review.json 中 "approver"
   记载的复核人（按 NFKC 比较，不得含零宽、双向控制等不可见字符）。
   If the approver has countersigned the package (signatures/approver.json exists), repeat
   steps 4 to 7 for the approver, and make sure the two used different keys and that the
   approver certificate's name (CN) is the approver review.json records in "approver"
   (compared after NFKC, with no zero-width, bidi or other invisible characters).
)TXT";

const char kTail[] = R"TXT(
$ ! cmp -s ../reviewer-pub.pem ../approver-pub.pem && echo "approver and reviewer keys differ: OK"

说明：自行签发的证书只证明签名出自该密钥；签名人是否可信，请将证书指纹与签名人所在单位
公布或登记的指纹比对。
Note: a self-issued certificate only shows that the signature was made with that key; to
know whether to trust the signer, compare the certificate's fingerprint with the one the
signer's organization publishes or has on record.
)TXT";

QString roleBlock(const QString &role, const QString &roleZh, const QString &prefix)
{
    QString text = QString::fromUtf8(kRole);
    text.replace(QStringLiteral("%STEP4"), prefix + QStringLiteral("4"));
    text.replace(QStringLiteral("%STEP5"), prefix + QStringLiteral("5"));
    text.replace(QStringLiteral("%STEP6"), prefix + QStringLiteral("6"));
    text.replace(QStringLiteral("%STEP7"), prefix + QStringLiteral("7"));
    text.replace(QStringLiteral("%ROLE_ZH"), roleZh);
    text.replace(QStringLiteral("%ROLE"), role);
    return text;
}

} // namespace

QByteArray verifyText(const QString &applicationId, int applicationVersion)
{
    // The id comes from an application file: no line breaks that could start a "$ " line.
    QString id = applicationId;
    for (QChar &c : id) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator)
            c = QLatin1Char('?');
    }
    QString text = QString::fromUtf8(kHead);
    text.replace(QStringLiteral("%ID"), id);
    text.replace(QStringLiteral("%VERSION"), QString::number(applicationVersion));
    text += roleBlock(QStringLiteral("reviewer"), QStringLiteral("初审人"), QString());
    text += QString::fromUtf8(kApproverHead);
    text += roleBlock(QStringLiteral("approver"), QStringLiteral("复核人"), QStringLiteral("8."));
    text += QString::fromUtf8(kTail);
    return text.toUtf8();
}

} // namespace gd::package
