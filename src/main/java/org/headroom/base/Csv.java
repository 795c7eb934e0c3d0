package org.headroom.base;

/**
 * One CSV cell (RFC 4180): quoted, quotes doubled, and a leading character that a spreadsheet
 * would run as a formula defused with an apostrophe (OWASP, "CSV injection"). Null is empty.
 */
public final class Csv {

    private Csv() {}

    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
