package org.headroom.treatment;

import static org.headroom.base.pdf.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.pdf.Html;
import org.headroom.base.pdf.PdfRenderer;
import org.headroom.client.ClientDetails;
import org.headroom.security.UserDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A session note on paper in SOAP order, with the body chart drawn and any amendments beside it. */
@Component
class NotePdf {

    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final PracticeSettings practice;
    private final UserDirectory directory;

    NotePdf(PdfRenderer renderer, MessageSource messages, PracticeSettings practice, UserDirectory directory) {
        this.renderer = renderer;
        this.messages = messages;
        this.practice = practice;
        this.directory = directory;
    }

    byte[] render(NoteDetails note, ClientDetails client, ZoneId zone) {
        SessionNoteForm n = note.content();
        Set<Long> people = new HashSet<>();
        people.add(note.therapistId());
        if (note.signedBy() != null) {
            people.add(note.signedBy());
        }
        note.amendments().forEach(a -> people.add(a.createdBy()));
        var names = directory.names(people);
        String title = t("note.pdf.title", client.fullName(), Formats.date(n.getDate()));
        StringBuilder html = new StringBuilder("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(title))
                .append("</title><style>")
                .append(Html.baseCss(
                        t("pdf.footer", client.fullName(), Formats.dateTime(Instant.now(), zone)),
                        practice.paperSize()))
                .append(".chart { width: 120mm; }")
                .append("</style></head><body><h1>")
                .append(esc(title))
                .append("</h1><table>");
        Html.row(html, t("client.dateOfBirth"), Formats.date(client.dateOfBirth()) + " (" + client.age() + ")");
        Html.row(html, t("pdf.therapist"), names.get(note.therapistId()));
        Html.row(
                html,
                t("note.time"),
                (n.getStartTime() == null ? "" : n.getStartTime() + ", ")
                        + (n.getDurationMinutes() == null ? "" : t("note.minutes", n.getDurationMinutes()))
                        + amended(note, "durationMinutes", zone));
        Html.row(
                html,
                t("pdf.status"),
                note.status() == NoteStatus.SIGNED
                        ? t("note.signed-by", names.get(note.signedBy()), Formats.dateTime(note.signedAt(), zone))
                        : t("note.status.DRAFT"));
        if (note.flagOverride() != null) {
            Html.row(html, t("note.flagReason"), note.flagOverride());
        }
        html.append("</table>");
        Html.section(html, t("note.section.subjective"));
        Html.row(html, t("note.headachesSinceLastVisit"), n.getHeadachesSinceLastVisit());
        Html.row(html, t("note.medication"), n.getMedication());
        Html.row(html, t("note.sleepQuality"), n.getSleepQuality());
        Html.row(html, t("note.stress"), n.getStress());
        Html.row(html, t("note.painBefore"), n.getPainBefore() + amended(note, "painBefore", zone));
        html.append("</table>");
        Html.section(html, t("note.section.objective"));
        Html.row(html, t("note.palpation"), n.getPalpation());
        Html.row(
                html,
                t("note.triggerPoints"),
                n.getTriggerPoints().stream()
                        .map(p -> t("muscle." + p.muscle().name()) + " ("
                                + t("side." + p.side().name()) + ")")
                        .collect(Collectors.joining("; ")));
        Html.row(html, t("note.posture"), n.getPosture());
        Html.row(html, t("note.rangeOfMotion"), n.getRangeOfMotion());
        html.append("</table>");
        Html.section(html, t("note.section.treatment"));
        Html.row(
                html,
                t("note.techniques"),
                n.getTechniques().stream()
                                .map(u -> t("technique." + u.technique().name())
                                        + (u.minutes() == null ? "" : ", " + t("note.minutes", u.minutes()))
                                        + (u.pressure() == null
                                                ? ""
                                                : ", "
                                                        + t("pressure."
                                                                        + u.pressure()
                                                                                .name())
                                                                .toLowerCase(Formats.LOCALE)))
                                .collect(Collectors.joining("; "))
                        + amended(note, "techniques", zone));
        Html.row(html, t("note.oils"), n.getOils());
        Html.row(
                html,
                t("note.areas"),
                n.getAreas().stream().sorted().map(a -> t("region." + a.name())).collect(Collectors.joining(", "))
                        + amended(note, "areas", zone));
        html.append("</table><img class=\"chart\" alt=\"")
                .append(esc(t("note.areas")))
                .append("\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder()
                        .encodeToString(BodyChartImage.png(n.getAreas(), t("bodychart.front"), t("bodychart.back"))))
                .append("\"/>");
        Html.section(html, t("note.section.assessment"));
        Html.row(html, t("note.assessment"), n.getAssessment());
        html.append("</table>");
        Html.section(html, t("note.section.plan"));
        Html.row(html, t("note.homeCare"), n.getHomeCare());
        Html.row(html, t("note.nextVisit"), n.getNextVisit() == null ? null : Formats.date(n.getNextVisit()));
        html.append("</table>");
        Html.section(html, t("note.section.after"));
        Html.row(html, t("note.painAfter"), n.getPainAfter() + amended(note, "painAfter", zone));
        Html.row(html, t("note.clientResponse"), n.getClientResponse());
        Html.row(html, t("note.adverseReaction"), n.getAdverseReaction());
        html.append("</table>");
        if (!note.amendments().isEmpty()) {
            Html.section(html, t("note.amendments"));
            note.amendments()
                    .forEach(a -> Html.row(
                            html,
                            t("note.amendment.by", Formats.dateTime(a.createdAt(), zone), names.get(a.createdBy())),
                            String.join(
                                    " ",
                                    java.util.stream.Stream.of(
                                                    a.body(),
                                                    a.correction().isEmpty()
                                                            ? null
                                                            : t(
                                                                    "note.amendment.corrects",
                                                                    a.correction()
                                                                            .describe(this::t)),
                                                    "(" + t("note.amend.reason-label") + ": " + a.reason() + ")")
                                            .filter(java.util.Objects::nonNull)
                                            .toList())));
            html.append("</table>");
        }
        html.append("</body></html>");
        return renderer.render(html.toString());
    }

    /** After an amended figure: what it was corrected to, and when; the signed value stays before it. */
    private String amended(NoteDetails note, String field, java.time.ZoneId zone) {
        return note.latestCorrectionOf(field)
                .map(a -> " — "
                        + t(
                                "note.amended-to",
                                a.correction().value(field, this::t),
                                Formats.dateTime(a.createdAt(), zone)))
                .orElse("");
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Formats.LOCALE);
    }
}
