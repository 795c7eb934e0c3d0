package org.headroom.reporting;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import org.headroom.base.Formats;

/** The application's message bundle, formatted as the screen and the PDFs format it. */
final class BundleTexts implements Texts {

    static final BundleTexts INSTANCE = new BundleTexts();

    private final Properties messages = new Properties();

    private BundleTexts() {
        try (Reader in = new InputStreamReader(
                BundleTexts.class.getResourceAsStream("/vaadin-i18n/translations.properties"),
                StandardCharsets.UTF_8)) {
            messages.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String t(String key, Object... args) {
        String pattern = messages.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("No message " + key);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, Formats.LOCALE).format(args);
    }

    /** Every text of the bundle, as written. */
    java.util.List<String> all() {
        return messages.values().stream().map(String::valueOf).toList();
    }
}
