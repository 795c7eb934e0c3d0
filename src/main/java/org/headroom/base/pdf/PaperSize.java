package org.headroom.base.pdf;

/** The paper every PDF is laid out for: A4 by default, US letter as a setting. */
public enum PaperSize {
    A4("A4"),
    LETTER("letter");

    private final String css;

    PaperSize(String css) {
        this.css = css;
    }

    /** The CSS page size keyword. */
    public String css() {
        return css;
    }
}
