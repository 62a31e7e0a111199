package dk.omsorg.shared;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Renders an HTML letter (decision letters, settlement statements) to PDF with OpenHTMLtoPDF. DejaVu Sans is embedded
 * when the machine has it (Debian's fonts-dejavu): the standard PDF fonts cover æøå, but not every character a
 * citizen's name may have. The caller's listener sets the document's metadata from its data rather than the clock,
 * so the same document renders the same bytes.
 */
public final class HtmlToPdf {

    /** The family the templates name in their CSS. */
    public static final String FAMILY = "DejaVu Sans";
    private static final String FONT_DIR = "/usr/share/fonts/truetype/dejavu/";

    private HtmlToPdf() {
    }

    /** @param what what is rendered, for the error message ("the decision letter") */
    public static byte[] render(String html, PDFCreationListener metadata, String what) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(html, null)
                .withProducer("Omsorg")
                .toStream(out);
        File regular = new File(FONT_DIR + "DejaVuSans.ttf");
        File bold = new File(FONT_DIR + "DejaVuSans-Bold.ttf");
        if (regular.canRead()) {
            builder.useFont(regular, FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        if (bold.canRead()) {
            builder.useFont(bold, FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(metadata);
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException(what + " could not be rendered", e);
        }
        return out.toByteArray();
    }
}
