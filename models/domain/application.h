// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

// Codes are the schema's enum strings (docs/formats/application.md); vocabulary.h
// lists the allowed values and their translated labels.

struct Contact
{
    QString name;
    QString phone;
    QString email;
};

/** The organization that applies: 申请单位, identified by its unified social credit code. */
struct Applicant
{
    QString name;
    QString creditCode;
    QString legalRepresentative;
    QString role; // operator | data_merchant | user
    Contact contact;
    std::optional<bool> creditDeclaration;
};

struct Scenario
{
    QString name;
    QString domain;
    QString description;
    QString beneficiaries;
    QString socialBenefit;
    QString economicBenefit;
};

struct Authorization
{
    QString mode; // whole | domain | scenario
    QString planRef;
    QString implementingBody;
};

/** One public data resource an application asks for. */
struct RequestedResource
{
    QString name;
    QString registrationCode; // empty: unregistered
    QString provider;
    QStringList fields;
    QString grade; // general | important | core, or empty
    std::optional<qint64> volume;
    QString updateFrequency;
    QString delivery; // api | sandbox | model | verification
    QString sharedFrom;
    QString justification;
};

struct Security
{
    int mlpsLevel = 0;
    std::optional<bool> cryptoAssessment;
    QString officer;
    std::optional<qint64> incidentsLast3Years;
    bool emergencyPlan = false;
};

struct PricingRequest
{
    QString product;
    QString billingUnit; // call | item | hour | record
    qint64 expectedQuantity = 0;
    bool smallBusiness = false;
    bool priorityScenario = false;
};

/** A file handed in with the application; its content is pinned by SHA-256. */
struct Attachment
{
    QString name;
    QString kind;
    QString path;   // relative to the application file
    QString sha256; // lowercase hex
    qint64 size = 0;
};

/** One version of a per-scenario authorization application (场景申请). */
/** The operator (运营机构) of the product an application asks for, where it is not the
 *  applicant (application format 2). */
struct OperatorParty
{
    QString name;
    QString creditCode;
};

struct Application
{
    QString id;
    int version = 0;
    int format = 1; // grantdesk.application/1 or /2
    /** Format 2 names the operator where it differs from the applicant; format 1 cannot, and
     *  the applicant is taken as the operator (docs/formats/application.md). */
    std::optional<OperatorParty> operatorParty;
    QDateTime submittedAt;
    QDate deadline; // null when none
    Applicant applicant;
    Scenario scenario;
    Authorization authorization;
    QString useClass;
    QList<RequestedResource> resources;
    Security security;
    QDate periodStart;
    QDate periodEnd;
    std::optional<PricingRequest> pricing;
    QList<Attachment> attachments;

    /** The operator whose maximum allowed revenue a fee is held against: the named
     *  operator, else the applicant. */
    QString operatorCreditCode() const
    {
        return operatorParty ? operatorParty->creditCode : applicant.creditCode;
    }
    QString operatorName() const { return operatorParty ? operatorParty->name : applicant.name; }
};

/** An attachment with the bytes read from disk, verified against its SHA-256. */
struct AttachmentContent
{
    QString sha256;
    QByteArray data;
};

/** A validated application file ready to be stored. */
struct ParsedApplication
{
    Application application;
    QByteArray sourceJson;             // the file's bytes as read
    QString contentSha256;             // SHA-256 of sourceJson
    QList<AttachmentContent> contents; // one per distinct attachment hash
};

} // namespace gd
