package dk.omsorg.complaint;

import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import dk.omsorg.complaint.ForwardingDocuments.CaseDocument;
import dk.omsorg.shared.HtmlToPdf;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one PDF sent to Ankestyrelsen: the statement and the list of documents, followed by the chosen decision
 * letters' own pages exactly as they were sent to the citizen.
 */
@Component
class ForwardingBundle {

    static final String TEMPLATE = "complaint/forwarding-bundle-pdf";

    private final ITemplateEngine templates;
    private final ForwardingDocuments documents;

    ForwardingBundle(ITemplateEngine templates, ForwardingDocuments documents) {
        this.templates = templates;
        this.documents = documents;
    }

    byte[] render(String citizenName, LocalDate received, LocalDate forwarded, String statement, List<CaseDocument> chosen) {
        Map<String, Object> model = Map.of("citizenName", citizenName, "received", ForwardingDocuments.DATE.format(received),
                "forwarded", ForwardingDocuments.DATE.format(forwarded), "statement", statement, "documents", chosen);
        String html = templates.process(TEMPLATE, new Context(ForwardingDocuments.DA, model));
        byte[] first = HtmlToPdf.render(html, new FixedMetadata(forwarded), "The complaint bundle");
        try (PDDocument bundle = Loader.loadPDF(first)) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (CaseDocument d : chosen) {
                if (d.isLetter()) {
                    try (PDDocument letter = Loader.loadPDF(documents.letter(d.id()))) {
                        merger.appendDocument(bundle, letter);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            bundle.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The complaint bundle could not be put together", e);
        }
    }

    /** Dates from the forwarding day, not the clock: the same bundle renders the same bytes. */
    private record FixedMetadata(LocalDate forwarded) implements PDFCreationListener {
        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            Calendar at = GregorianCalendar.from(forwarded.atStartOfDay(ZoneOffset.UTC));
            at.setTimeZone(TimeZone.getTimeZone("UTC"));
            PDDocumentInformation info = renderer.getPdfDocument().getDocumentInformation();
            info.setTitle("Klage til Ankestyrelsen");
            info.setProducer("Omsorg");
            info.setCreationDate(at);
            info.setModificationDate(at);
        }
    }
}
