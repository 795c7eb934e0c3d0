package org.headroom.base;

import org.headroom.base.pdf.PaperSize;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The practice as printed at the head of reports, and the paper they are laid out for. Set as
 * {@code headroom.practice.*} (environment: HEADROOM_PRACTICE_NAME, _ADDRESS, _PHONE, _EMAIL and
 * HEADROOM_PAPER_SIZE = A4 or LETTER).
 */
@ConfigurationProperties("headroom.practice")
public record PracticeSettings(
        String name, String address, String phone, String email, @DefaultValue("A4") PaperSize paperSize) {

    public PracticeSettings {
        paperSize = paperSize == null ? PaperSize.A4 : paperSize;
    }

    /** Name, address and contact on one line each, leaving out what is not set. */
    public java.util.List<String> letterhead() {
        return java.util.stream.Stream.of(name, address, contact())
                .filter(s -> s != null && !s.isBlank())
                .toList();
    }

    private String contact() {
        return java.util.stream.Stream.of(phone, email)
                .filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining(" · "));
    }
}
