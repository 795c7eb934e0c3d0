package org.headroom.base.pdf;

/** Small helpers for building the XHTML of a PDF: every value from a record is escaped. */
public final class Html {

    private Html() {}

    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** A label and its value as a table row; an empty value prints as a dash, so that it reads as deliberately empty. */
    public static void row(StringBuilder html, String label, Object value) {
        String text = value == null || value.toString().isBlank() ? "—" : value.toString();
        html.append("<tr><th>")
                .append(esc(label))
                .append("</th><td>")
                .append(esc(text))
                .append("</td></tr>");
    }

    /** A section heading followed by the opening of its table; the caller closes the table. */
    public static void section(StringBuilder html, String title) {
        html.append("<h2>").append(esc(title)).append("</h2><table>");
    }

    /**
     * Text for a CSS string inside the document's style element: anything but plain letters, digits
     * and a few marks becomes a CSS escape, so that a name such as "Smith & Jones" or one with a
     * quote or "<" can neither break the XHTML nor end the string.
     */
    static String cssString(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || " ,.:;()/-".indexOf(c) >= 0) {
                out.appendCodePoint(c);
            } else if (Character.isISOControl(c)) {
                out.append(' ');
            } else {
                out.append('\\').append(Integer.toHexString(c)).append(' ');
            }
        });
        return out.toString();
    }

    /**
     * Base styles shared by every printed document: the paper size, embedded font, and a footer on
     * every page with the given text (who and when) and the page number.
     */
    public static String baseCss(String footer, PaperSize paper) {
        String footerText = cssString(footer);
        return """
                @page { size: PAPER; margin: 18mm 16mm 20mm 16mm;
                  @bottom-left { content: "FOOTER"; font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; }
                  @bottom-right { content: "Page " counter(page) " of " counter(pages);
                    font-family: 'DejaVu Sans'; font-size: 8pt; color: #555; } }
                html, body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #111; line-height: 1.35; }
                h1 { font-size: 16pt; margin: 0 0 2mm 0; }
                h2 { font-size: 12pt; margin: 6mm 0 2mm 0; border-bottom: 1px solid #999; padding-bottom: 1mm; }
                table { width: 100%; border-collapse: collapse; }
                td, th { vertical-align: top; padding: 1.2mm 1.5mm; border-bottom: 0.5px solid #ccc; text-align: left; }
                th { width: 38%; font-weight: 400; color: #444; }
                .muted { color: #555; }
                .alert { border: 1.5px solid #a00; padding: 2mm 3mm; margin: 2mm 0; }
                .caution { border: 1px solid #a60; padding: 2mm 3mm; margin: 2mm 0; }
                .consent { page-break-inside: avoid; border: 0.5px solid #999; padding: 2mm 3mm; margin: 2mm 0; }
                .signature { display: block; width: 60mm; height: 20mm; }
                """
                .replace("PAPER", paper.css())
                // Last, so that nothing in the footer's text is taken for a placeholder.
                .replace("FOOTER", footerText);
    }
}
