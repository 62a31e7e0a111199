package dk.omsorg.complaint.internal;

import dk.omsorg.shared.HtmlToPdf;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.util.Locale;
import java.util.Map;

/**
 * Renders the acknowledgement of a complaint (kvittering) from {@code letters/complaint-acknowledgement.html} to PDF,
 * as decision letters are rendered. Everything in it comes from the stored complaint, so it is the same letter each
 * time it is produced.
 */
@Component
public class AcknowledgementRenderer {

    static final String TEMPLATE = "letters/complaint-acknowledgement";

    private final ITemplateEngine templates;

    AcknowledgementRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The letter's wording, in Danish, ready to show. */
    public record Acknowledgement(String municipalityName, String complainantName, String onBehalfOf, String date,
                                  String received, String about, boolean appealable, String reconsideration,
                                  String forwarding, String late, String notAppealable) {
    }

    public byte[] render(Acknowledgement acknowledgement) {
        String html = templates.process(TEMPLATE, new Context(Locale.forLanguageTag("da"), Map.of("k", acknowledgement)));
        return HtmlToPdf.render(html, new Title(acknowledgement.municipalityName()), "The complaint acknowledgement");
    }

    private record Title(String author) implements PDFCreationListener {
        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            renderer.getPdfDocument().getDocumentInformation().setTitle("Kvittering for din klage");
            renderer.getPdfDocument().getDocumentInformation().setAuthor(author);
        }
    }
}
