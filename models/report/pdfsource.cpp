// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsource.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include "report/pdfdocument.h"

namespace gd::report {

namespace {

const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

Error unreadable(const QString &what)
{
    return Error{QStringLiteral("review.pdf: XMP"), what};
}

} // namespace

namespace {

const QString kDc = QStringLiteral("http://purl.org/dc/elements/1.1/");
const QString kXmp = QStringLiteral("http://ns.adobe.com/xap/1.0/");
const QString kPdf = QStringLiteral("http://ns.adobe.com/pdf/1.3/");
const QString kPdfaId = QStringLiteral("http://www.aiim.org/pdfa/ns/id/");
const QString kPdfaExtension = QStringLiteral("http://www.aiim.org/pdfa/ns/extension/");
const QString kPdfaSchema = QStringLiteral("http://www.aiim.org/pdfa/ns/schema#");
const QString kPdfaProperty = QStringLiteral("http://www.aiim.org/pdfa/ns/property#");

/** The properties of the source record, as PdfSource holds them. */
QList<std::pair<QString, QString>> sourceProperties(const PdfSource &source)
{
    return {{QStringLiteral("application"), source.applicationId},
            {QStringLiteral("version"), QString::number(source.version)},
            {QStringLiteral("decision"), source.decision},
            {QStringLiteral("reviewer"), source.reviewer},
            {QStringLiteral("approver"), source.approver}};
}

void startPacket(QXmlStreamWriter &writer)
{
    writer.writeProcessingInstruction(QStringLiteral("xpacket"),
                                      QStringLiteral("begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    writer.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    writer.writeNamespace(kRdf, QStringLiteral("rdf"));
    writer.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    writer.writeStartElement(kRdf, QStringLiteral("RDF"));
}

void endPacket(QXmlStreamWriter &writer)
{
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"r\""));
}

void startDescription(QXmlStreamWriter &writer)
{
    writer.writeStartElement(kRdf, QStringLiteral("Description"));
    writer.writeAttribute(kRdf, QStringLiteral("about"), QString());
}

void writeSourceDescription(QXmlStreamWriter &writer, const PdfSource &source)
{
    const QString ns = QString::fromLatin1(kPdfSourceNamespace);
    startDescription(writer);
    for (const auto &[name, value] : sourceProperties(source))
        writer.writeAttribute(ns, name, value);
    writer.writeEndElement();
}

/** <element><rdf:Alt><rdf:li xml:lang="x-default">text</rdf:li></rdf:Alt></element> */
void writeDefaultText(QXmlStreamWriter &writer, const QString &ns, const QString &element,
                      const QString &text)
{
    writer.writeStartElement(ns, element);
    writer.writeStartElement(kRdf, QStringLiteral("Alt"));
    writer.writeStartElement(kRdf, QStringLiteral("li"));
    writer.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    writer.writeCharacters(text);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
}

void writeDublinCore(QXmlStreamWriter &writer, const PdfArchiveInfo &info)
{
    startDescription(writer);
    writer.writeTextElement(kDc, QStringLiteral("format"), QStringLiteral("application/pdf"));
    writeDefaultText(writer, kDc, QStringLiteral("title"), info.title);
    writer.writeStartElement(kDc, QStringLiteral("creator"));
    writer.writeStartElement(kRdf, QStringLiteral("Seq"));
    for (const QString &author : info.authors)
        writer.writeTextElement(kRdf, QStringLiteral("li"), author);
    writer.writeEndElement();
    writer.writeEndElement();
    writeDefaultText(writer, kDc, QStringLiteral("description"), info.subject);
    writer.writeEndElement();
}

/** The creator tool, dates and producer, equal to the document information Qt writes. */
void writeDocumentInfo(QXmlStreamWriter &writer, const PdfArchiveInfo &info)
{
    startDescription(writer);
    writer.writeTextElement(kXmp, QStringLiteral("CreatorTool"), QStringLiteral("GrantDesk"));
    writer.writeTextElement(
        kXmp, QStringLiteral("CreateDate"),
        info.created.toOffsetFromUtc(info.created.offsetFromUtc()).toString(Qt::ISODate));
    writer.writeEndElement();
    startDescription(writer);
    writer.writeTextElement(kPdf, QStringLiteral("Producer"), pdfProducer());
    writer.writeEndElement();
    startDescription(writer);
    writer.writeTextElement(kPdfaId, QStringLiteral("part"), QStringLiteral("1"));
    writer.writeTextElement(kPdfaId, QStringLiteral("conformance"), QStringLiteral("B"));
    writer.writeEndElement();
}

/** PDF/A allows properties outside the standard schemas only when declared like this. */
void writeExtensionSchema(QXmlStreamWriter &writer, const PdfSource &source)
{
    startDescription(writer);
    writer.writeStartElement(kPdfaExtension, QStringLiteral("schemas"));
    writer.writeStartElement(kRdf, QStringLiteral("Bag"));
    writer.writeStartElement(kRdf, QStringLiteral("li"));
    writer.writeAttribute(kRdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
    writer.writeTextElement(kPdfaSchema, QStringLiteral("schema"),
                            QStringLiteral("GrantDesk review record source"));
    writer.writeTextElement(kPdfaSchema, QStringLiteral("namespaceURI"),
                            QString::fromLatin1(kPdfSourceNamespace));
    writer.writeTextElement(kPdfaSchema, QStringLiteral("prefix"), QStringLiteral("gd"));
    writer.writeStartElement(kPdfaSchema, QStringLiteral("property"));
    writer.writeStartElement(kRdf, QStringLiteral("Seq"));
    for (const auto &property : sourceProperties(source)) {
        writer.writeStartElement(kRdf, QStringLiteral("li"));
        writer.writeAttribute(kRdf, QStringLiteral("parseType"), QStringLiteral("Resource"));
        writer.writeTextElement(kPdfaProperty, QStringLiteral("name"), property.first);
        writer.writeTextElement(kPdfaProperty, QStringLiteral("valueType"), QStringLiteral("Text"));
        writer.writeTextElement(kPdfaProperty, QStringLiteral("category"),
                                QStringLiteral("external"));
        writer.writeTextElement(kPdfaProperty, QStringLiteral("description"),
                                QStringLiteral("review.json: the same value"));
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
}

} // namespace

QByteArray pdfSourceXmp(const PdfSource &source)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeNamespace(QString::fromLatin1(kPdfSourceNamespace), QStringLiteral("gd"));
    startPacket(writer);
    writeSourceDescription(writer, source);
    endPacket(writer);
    return xml;
}

QByteArray pdfArchiveXmp(const PdfSource &source, const PdfArchiveInfo &info)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeNamespace(QString::fromLatin1(kPdfSourceNamespace), QStringLiteral("gd"));
    for (const auto &[ns, prefix] : {std::pair{kDc, "dc"},
                                     {kXmp, "xmp"},
                                     {kPdf, "pdf"},
                                     {kPdfaId, "pdfaid"},
                                     {kPdfaExtension, "pdfaExtension"},
                                     {kPdfaSchema, "pdfaSchema"},
                                     {kPdfaProperty, "pdfaProperty"}})
        writer.writeNamespace(ns, QLatin1String(prefix));
    startPacket(writer);
    writeDublinCore(writer, info);
    writeDocumentInfo(writer, info);
    writeExtensionSchema(writer, source);
    writeSourceDescription(writer, source);
    endPacket(writer);
    return xml;
}

Result<std::optional<PdfSource>> readPdfSource(const QByteArray &pdf)
{
    const QByteArray ns(kPdfSourceNamespace);
    const qsizetype at = pdf.indexOf(ns);
    if (at < 0)
        return std::optional<PdfSource>();
    const QByteArray open("<x:xmpmeta"), close("</x:xmpmeta>");
    const qsizetype start = pdf.lastIndexOf(open, at);
    const qsizetype end = pdf.indexOf(close, at);
    if (start < 0 || end < 0)
        return unreadable(QStringLiteral("the source record is not a complete XMP packet"));
    // The namespace may stand more than once inside its packet (its declaration, the PDF/A
    // extension schema), never outside it: a second packet could hide the first.
    if (pdf.indexOf(ns, end) >= 0)
        return unreadable(QStringLiteral("the PDF carries more than one GrantDesk source record"));

    QXmlStreamReader xml(pdf.mid(start, end + close.size() - start));
    std::optional<PdfSource> found;
    const QString gd = QString::fromLatin1(kPdfSourceNamespace);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.namespaceUri() != kRdf ||
            xml.name() != QLatin1String("Description"))
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (!attributes.hasAttribute(gd, QStringLiteral("application")))
            continue;
        if (found)
            return unreadable(QStringLiteral("the source record is given twice"));
        bool numeric = false;
        PdfSource source;
        source.applicationId = attributes.value(gd, QStringLiteral("application")).toString();
        source.version = attributes.value(gd, QStringLiteral("version")).toInt(&numeric);
        source.decision = attributes.value(gd, QStringLiteral("decision")).toString();
        source.reviewer = attributes.value(gd, QStringLiteral("reviewer")).toString();
        source.approver = attributes.value(gd, QStringLiteral("approver")).toString();
        if (!numeric)
            return unreadable(QStringLiteral("the source record's version is not a number"));
        found = source;
    }
    if (xml.hasError())
        return unreadable(xml.errorString());
    if (!found)
        return unreadable(QStringLiteral("the source record names no application"));
    return found;
}

} // namespace gd::report
