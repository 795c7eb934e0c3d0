package org.headroom.base;

/**
 * Whether a class is one of Headroom's own, by its name: the one rule by which the services' advice
 * ({@link ServiceCalls}), the {@code @PreAuthorize} advisor and {@code DeferredComponents} keep to
 * Headroom's code and leave Spring's and Vaadin's alone.
 */
public final class OwnClasses {

    private static final String PACKAGE = "org.headroom.";

    private OwnClasses() {}

    /** @param className a class's fully qualified name */
    public static boolean isOwn(String className) {
        return className.startsWith(PACKAGE);
    }
}
