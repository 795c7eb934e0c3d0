package org.headroom.reporting;

/**
 * Looks up a message with its arguments: the screen passes its translation lookup, the PDF a
 * message source, so that both word the figures alike.
 */
@FunctionalInterface
public interface Texts {

    String t(String key, Object... args);
}
