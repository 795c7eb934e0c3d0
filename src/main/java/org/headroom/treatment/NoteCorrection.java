package org.headroom.treatment;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures an amendment corrects; a null field is not corrected. Reports, the GP letter and the
 * practice figures use the corrected value; the signed note keeps the original beside it.
 *
 * @param techniques the techniques used (which ones; minutes and pressure stay as recorded where
 *     the technique was recorded at first)
 */
public record NoteCorrection(
        Integer painBefore,
        Integer painAfter,
        Integer durationMinutes,
        Set<Technique> techniques,
        Set<BodyRegion> areas) {

    public static NoteCorrection none() {
        return new NoteCorrection(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return painBefore == null
                && painAfter == null
                && durationMinutes == null
                && techniques == null
                && areas == null;
    }

    /** The note's content with this correction applied; the original is left as it was. */
    SessionNoteForm applyTo(SessionNoteForm original) {
        SessionNoteForm current = NoteJson.read(NoteJson.write(original));
        if (painBefore != null) {
            current.setPainBefore(painBefore);
        }
        if (painAfter != null) {
            current.setPainAfter(painAfter);
        }
        if (durationMinutes != null) {
            current.setDurationMinutes(durationMinutes);
        }
        if (techniques != null) {
            current.setTechniques(techniques.stream()
                    .sorted()
                    .map(t -> original.getTechniques().stream()
                            .filter(u -> u.technique() == t)
                            .findFirst()
                            .orElse(new TechniqueUse(t, null, null)))
                    .toList());
        }
        if (areas != null) {
            current.setAreas(areas.isEmpty() ? EnumSet.noneOf(BodyRegion.class) : EnumSet.copyOf(areas));
        }
        return current;
    }

    /** Which figures are corrected, by the note form's field names. */
    public Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        if (painBefore != null) {
            fields.add("painBefore");
        }
        if (painAfter != null) {
            fields.add("painAfter");
        }
        if (durationMinutes != null) {
            fields.add("durationMinutes");
        }
        if (techniques != null) {
            fields.add("techniques");
        }
        if (areas != null) {
            fields.add("areas");
        }
        return fields;
    }

    /** Texts from the message bundle, for the screen and for paper alike. */
    @FunctionalInterface
    public interface Words {
        String t(String key, Object... args);
    }

    /** What this correction changes, in words, e.g. "Pain after: 4; Areas treated: Occiput". */
    public String describe(Words words) {
        return String.join(
                "; ",
                fields().stream()
                        .map(f -> words.t(LABELS.get(f)) + ": " + value(f, words))
                        .toList());
    }

    /** The corrected value of one field, in words, e.g. "4", "45 min" or "Acupressure, Reflexology". */
    public String value(String field, Words words) {
        return switch (field) {
            case "painBefore" -> String.valueOf(painBefore);
            case "painAfter" -> String.valueOf(painAfter);
            case "durationMinutes" -> words.t("note.minutes", durationMinutes);
            case "techniques" -> listed(words, "technique.", techniques);
            case "areas" -> listed(words, "region.", areas);
            default -> throw new IllegalArgumentException("Not a correctable field: " + field);
        };
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.of(
            "painBefore", "note.painBefore",
            "painAfter", "note.painAfter",
            "durationMinutes", "note.durationMinutes",
            "techniques", "note.techniques",
            "areas", "note.areas");

    private static String listed(Words words, String prefix, Set<? extends Enum<?>> values) {
        return String.join(
                ", ",
                values.stream().sorted().map(v -> words.t(prefix + v.name())).toList());
    }

    static String names(Set<? extends Enum<?>> values) {
        return values == null
                ? null
                : String.join(",", values.stream().map(Enum::name).sorted().toList());
    }

    static <E extends Enum<E>> Set<E> parse(Class<E> type, String names) {
        if (names == null) {
            return null;
        }
        Set<E> values = EnumSet.noneOf(type);
        List.of(names.split(",")).stream().filter(n -> !n.isBlank()).forEach(n -> values.add(Enum.valueOf(type, n)));
        return values;
    }
}
