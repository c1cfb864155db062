// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfsource.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace gd::report {

namespace {

const QString kRdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");

Error unreadable(const QString &what)
{
    return Error{QStringLiteral("review.pdf: XMP"), what};
}

} // namespace

QByteArray pdfSourceXmp(const PdfSource &source)
{
    const QString ns = QString::fromLatin1(kPdfSourceNamespace);
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.writeProcessingInstruction(QStringLiteral("xpacket"),
                                      QStringLiteral("begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    writer.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    writer.writeNamespace(kRdf, QStringLiteral("rdf"));
    writer.writeNamespace(ns, QStringLiteral("gd"));
    writer.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    writer.writeStartElement(kRdf, QStringLiteral("RDF"));
    writer.writeStartElement(kRdf, QStringLiteral("Description"));
    writer.writeAttribute(kRdf, QStringLiteral("about"), QString());
    writer.writeAttribute(ns, QStringLiteral("application"), source.applicationId);
    writer.writeAttribute(ns, QStringLiteral("version"), QString::number(source.version));
    writer.writeAttribute(ns, QStringLiteral("decision"), source.decision);
    writer.writeAttribute(ns, QStringLiteral("reviewer"), source.reviewer);
    writer.writeAttribute(ns, QStringLiteral("approver"), source.approver);
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"r\""));
    return xml;
}

Result<std::optional<PdfSource>> readPdfSource(const QByteArray &pdf)
{
    const QByteArray ns(kPdfSourceNamespace);
    const qsizetype at = pdf.indexOf(ns);
    if (at < 0)
        return std::optional<PdfSource>();
    if (pdf.indexOf(ns, at + ns.size()) >= 0)
        return unreadable(QStringLiteral("the PDF carries more than one GrantDesk source record"));
    const QByteArray open("<x:xmpmeta"), close("</x:xmpmeta>");
    const qsizetype start = pdf.lastIndexOf(open, at);
    const qsizetype end = pdf.indexOf(close, at);
    if (start < 0 || end < 0)
        return unreadable(QStringLiteral("the source record is not a complete XMP packet"));

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
