package dk.omsorg.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Renders an HTML letter (decision letters, settlement statements) to PDF with OpenHTMLtoPDF. The fonts ship with
 * the application (DejaVu Sans under {@code fonts/}, with its licence) and are embedded, so a document looks the
 * same whichever server renders it and covers every character a citizen's name may have. The caller's listener sets
 * the document's metadata from its data rather than the clock, so the same document renders the same bytes.
 */
public final class HtmlToPdf {

    /** The family the templates name in their CSS. */
    public static final String FAMILY = "DejaVu Sans";
    private static final String FONT_DIR = "/fonts/";

    private HtmlToPdf() {
    }

    /** @param what what is rendered, for the error message ("the decision letter") */
    public static byte[] render(String html, PDFCreationListener metadata, String what) {
        return render(html, metadata, what, false);
    }

    /**
     * A document for archiving (PDF/A-2b: embedded fonts, an sRGB output intent and XMP metadata), as stored
     * decision letters are.
     */
    public static byte[] renderArchival(String html, PDFCreationListener metadata, String what) {
        return render(html, metadata, what, true);
    }

    private static byte[] render(String html, PDFCreationListener metadata, String what, boolean archival) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html, null)
                .withProducer("Omsorg")
                .toStream(out);
        font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
        font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
        font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
        if (archival) {
            // the JDK's own sRGB profile: no profile file to ship
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_B)
                    .useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(metadata);
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be rendered", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        if (HtmlToPdf.class.getResource(FONT_DIR + file) == null) {
            throw new IllegalStateException("The font " + file + " is missing from the application");
        }
        builder.useFont(() -> open(file), FAMILY, weight, style, true);
    }

    private static InputStream open(String file) {
        return HtmlToPdf.class.getResourceAsStream(FONT_DIR + file);
    }
}
