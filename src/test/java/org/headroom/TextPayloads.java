package org.headroom;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/** Fills forms with awkward text (markup, ampersands, quotes) to see that every page and paper shows it as text. */
public final class TextPayloads {

    private TextPayloads() {}

    /** Sets every String property that has a setter to one of the payloads in turn; returns the property names. */
    public static List<String> fillStrings(Object form, String... payloads) {
        List<String> names = new ArrayList<>();
        int i = 0;
        for (Method m : form.getClass().getMethods()) {
            if (m.getName().startsWith("set")
                    && m.getParameterCount() == 1
                    && m.getParameterTypes()[0] == String.class) {
                try {
                    m.invoke(form, payloads[i++ % payloads.length]);
                    String property = m.getName().substring(3);
                    names.add(Character.toLowerCase(property.charAt(0)) + property.substring(1));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return names;
    }

    /** Sets one String property by name. */
    public static void set(Object form, String property, String value) {
        try {
            form.getClass()
                    .getMethod("set" + Character.toUpperCase(property.charAt(0)) + property.substring(1), String.class)
                    .invoke(form, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid plain value for a property whose format is checked (e-mail, phone). */
    public static String plain(String property) {
        if (property.toLowerCase().contains("email")) {
            return "client@example.org";
        }
        if (property.toLowerCase().contains("phone")) {
            return "07700 900123";
        }
        return "plain";
    }
}
