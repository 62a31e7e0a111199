package dk.omsorg.decision.internal;

import dk.omsorg.shared.HtmlToPdf;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import dk.omsorg.decision.Letter;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders a decision letter: the Thymeleaf template {@code letters/decision.html} (well-formed
 * XHTML) to PDF with OpenHTMLtoPDF. The letter is stored with the decision and downloads return
 * the stored bytes, so rendering need not be repeatable; it is made so anyway (creation date and
 * document id from the decision), so a letter can be rebuilt and compared.
 */
@Component
public class LetterRenderer {

    static final String TEMPLATE = "letters/decision";

    private final ITemplateEngine templates;

    LetterRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    public Letter render(LetterView view) {
        return render(view, null, false);
    }

    /**
     * The letter of a decision made by approving a recommendation: {@code approvedFor} is the committee the leader
     * approved for, or "" for the leader's own authority (bevillingskompetence); null otherwise.
     * {@code byLeader}: signed by the leader of the authority rather than a caseworker.
     */
    public Letter render(LetterView view, String approvedFor, boolean byLeader) {
        Map<String, Object> variables = new java.util.HashMap<>(Map.of("letter", view, "byLeader", byLeader));
        if (approvedFor != null) {
            variables.put("approvedFor", approvedFor);
        }
        Context context = new Context(Locale.forLanguageTag("da"), variables);
        String html = templates.process(TEMPLATE, context);
        byte[] pdf = pdf(html, view);
        return new Letter(view.fileName(), pdf, sha256(pdf));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pdf(String html, LetterView view) {
        return HtmlToPdf.renderArchival(html, new FixedMetadata(view), "The decision letter");
    }

    /** Title, author, dates and document id from the decision instead of the clock. */
    private record FixedMetadata(LetterView view) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            Calendar created = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(view.createdAt().toEpochMilli());
            PDDocumentInformation info = renderer.getPdfDocument().getDocumentInformation();
            info.setTitle(view.title());
            info.setAuthor(view.municipalityName());
            info.setProducer("Omsorg");
            info.setCreationDate(created);
            info.setModificationDate(created);
            renderer.getPdfDocument().setDocumentId(view.decisionId());
        }
    }

}
