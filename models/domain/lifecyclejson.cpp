// SPDX-License-Identifier: GPL-3.0-or-later
#include "lifecyclejson.h"

#include <QJsonArray>

#include "core/canonicaljson.h"
#include "core/jsonreader.h"

namespace gd::lifecycle {
namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonObject evidenceToJson(const Evidence &e)
{
    return {{QStringLiteral("name"), e.name}, {QStringLiteral("sha256"), e.sha256}};
}

Evidence readEvidence(ValueReader value)
{
    ObjectReader object = value.object();
    Evidence e;
    e.name = object.required("name").string(1, 200).value_or(QString());
    e.sha256 = object.required("sha256")
                   .matching(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")),
                             QStringLiteral("expected 64 lowercase hex digits"))
                   .value_or(QString());
    object.refuseUnknownFields();
    return e;
}

QString text(ObjectReader &object, const char *key, int maxLength)
{
    return object.required(key).string(0, maxLength).value_or(QString());
}

int count(ObjectReader &object, const char *key)
{
    return int(object.required(key).integer(0, 100000).value_or(0));
}

struct InterruptionKind
{
    Interruption::Kind kind;
    const char *code;
};

constexpr InterruptionKind kInterruptions[] = {
    {Interruption::Kind::Suspension, "suspension"},
    {Interruption::Kind::Resumption, "resumption"},
    {Interruption::Kind::Revocation, "revocation"},
    {Interruption::Kind::Termination, "termination"},
};

QStringList actCodes()
{
    QStringList codes = {QStringLiteral("collective_decision"), QStringLiteral("approval"),
                         QStringLiteral("agreement"), QStringLiteral("filing"),
                         QStringLiteral("disclosure")};
    for (const InterruptionKind &k : kInterruptions)
        codes << QString::fromLatin1(k.code);
    return codes;
}

Act readAct(ObjectReader &o, const QString &code)
{
    const QDate date = o.required("date").date().value_or(QDate());
    if (code == QLatin1String("collective_decision")) {
        CollectiveDecision m;
        m.date = date;
        m.meetingKind = text(o, "meetingKind", 40);
        m.members = count(o, "members");
        m.present = count(o, "present");
        const ArrayReader recused = o.required("recused").array(0, 100);
        for (int i = 0; i < recused.size(); ++i)
            m.recused << recused.at(i).string(1, 40).value_or(QString());
        m.inFavour = count(o, "inFavour");
        m.against = count(o, "against");
        m.abstaining = count(o, "abstaining");
        m.resolution = text(o, "resolution", 20);
        m.minutes = readEvidence(o.required("minutes"));
        return m;
    }
    if (code == QLatin1String("approval"))
        return Approval{date, text(o, "documentNumber", 100)};
    if (code == QLatin1String("agreement")) {
        Agreement a;
        a.date = date;
        a.implementingBody = text(o, "implementingBody", 200);
        a.operatorName = text(o, "operatorName", 200);
        a.operatorCreditCode = text(o, "operatorCreditCode", 18);
        a.termStart = o.required("termStart").date().value_or(QDate());
        a.termEnd = o.required("termEnd").date().value_or(QDate());
        a.document = readEvidence(o.required("document"));
        return a;
    }
    if (code == QLatin1String("filing"))
        return Filing{date, text(o, "authority", 200), text(o, "reference", 100)};
    if (code == QLatin1String("disclosure"))
        return Disclosure{date, text(o, "where", 500)};
    Interruption i;
    for (const InterruptionKind &k : kInterruptions) {
        if (code == QLatin1String(k.code))
            i.kind = k.kind;
    }
    i.date = date;
    i.reason = text(o, "reason", 2000);
    i.documentNumber = o.optional("documentNumber").string(0, 100).value_or(QString());
    return i;
}

} // namespace

QJsonObject actToJson(const Act &act)
{
    QJsonObject o{{QStringLiteral("act"), actCode(act)},
                  {QStringLiteral("date"), iso(actDate(act))}};
    if (const auto *m = std::get_if<CollectiveDecision>(&act)) {
        o.insert(QStringLiteral("meetingKind"), m->meetingKind);
        o.insert(QStringLiteral("members"), m->members);
        o.insert(QStringLiteral("present"), m->present);
        o.insert(QStringLiteral("recused"), QJsonArray::fromStringList(m->recused));
        o.insert(QStringLiteral("inFavour"), m->inFavour);
        o.insert(QStringLiteral("against"), m->against);
        o.insert(QStringLiteral("abstaining"), m->abstaining);
        o.insert(QStringLiteral("resolution"), m->resolution);
        o.insert(QStringLiteral("minutes"), evidenceToJson(m->minutes));
    } else if (const auto *a = std::get_if<Approval>(&act)) {
        o.insert(QStringLiteral("documentNumber"), a->documentNumber);
    } else if (const auto *g = std::get_if<Agreement>(&act)) {
        o.insert(QStringLiteral("implementingBody"), g->implementingBody);
        o.insert(QStringLiteral("operatorName"), g->operatorName);
        o.insert(QStringLiteral("operatorCreditCode"), g->operatorCreditCode);
        o.insert(QStringLiteral("termStart"), iso(g->termStart));
        o.insert(QStringLiteral("termEnd"), iso(g->termEnd));
        o.insert(QStringLiteral("document"), evidenceToJson(g->document));
    } else if (const auto *f = std::get_if<Filing>(&act)) {
        o.insert(QStringLiteral("authority"), f->authority);
        o.insert(QStringLiteral("reference"), f->reference);
    } else if (const auto *d = std::get_if<Disclosure>(&act)) {
        o.insert(QStringLiteral("where"), d->where);
    } else if (const auto *i = std::get_if<Interruption>(&act)) {
        o.insert(QStringLiteral("reason"), i->reason);
        if (!i->documentNumber.isEmpty())
            o.insert(QStringLiteral("documentNumber"), i->documentNumber);
    }
    return o;
}

QByteArray actBytes(const Act &act)
{
    return canonicaljson::serialize(actToJson(act));
}

Result<Act> actFromJson(const QByteArray &json, const QString &label)
{
    JsonReader reader(label);
    std::optional<ObjectReader> root = reader.parseObject(json);
    if (!root)
        return reader.errors().first();
    const std::optional<QString> code = root->required("act").oneOf(actCodes());
    if (!code)
        return reader.errors().first();
    Act act = readAct(*root, *code);
    root->refuseUnknownFields();
    if (reader.hasErrors())
        return reader.errors().first();
    return act;
}

} // namespace gd::lifecycle
