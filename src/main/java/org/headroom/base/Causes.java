package org.headroom.base;

import java.util.function.Predicate;

/** Looks through an exception and the causes it wraps (Spring and Hibernate wrap the driver's). */
public final class Causes {

    private Causes() {}

    /** Whether the exception, or any cause it wraps, passes the test. */
    public static boolean any(Throwable error, Predicate<? super Throwable> test) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }
}
