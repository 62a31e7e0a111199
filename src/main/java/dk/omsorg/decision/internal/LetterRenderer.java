package dk.omsorg.decision.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dk.omsorg.decision.Letter;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
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
    private static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";
    private static final String FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;

    LetterRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    public Letter render(LetterView view) {
        Context context = new Context(Locale.forLanguageTag("da"), Map.of("letter", view));
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html, null)
                .withProducer("Omsorg")
                .toStream(out);
        // the standard PDF fonts cover æøå, but not every character a name may have
        File regular = new File(FONT_DIR + "DejaVuSans.ttf");
        File bold = new File(FONT_DIR + "DejaVuSans-Bold.ttf");
        if (regular.canRead()) {
            builder.useFont(regular, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        if (bold.canRead()) {
            builder.useFont(bold, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new FixedMetadata(view));
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("The decision letter could not be rendered", e);
        }
        return out.toByteArray();
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
