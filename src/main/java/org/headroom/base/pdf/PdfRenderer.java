package org.headroom.base.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * Turns XHTML into PDF with the DejaVu fonts embedded (the built-in PDF fonts lack glyphs such as
 * "✓"), so that every report prints the same everywhere and its text can be selected.
 */
@Component
public class PdfRenderer {

    public static final String FONT = "DejaVu Sans";

    public byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(
                    () -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans.ttf"),
                    FONT,
                    400,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.useFont(
                    () -> PdfRenderer.class.getResourceAsStream("/fonts/DejaVuSans-Bold.ttf"),
                    FONT,
                    700,
                    PdfRendererBuilder.FontStyle.NORMAL,
                    true);
            builder.withHtmlContent(xhtml, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
