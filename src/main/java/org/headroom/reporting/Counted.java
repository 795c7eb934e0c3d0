package org.headroom.reporting;

/** Something and how often it occurred, for "techniques used" and "areas treated most". */
public record Counted<T>(T item, int count) {}
