package org.headroom.intake;

import static org.headroom.base.pdf.Html.esc;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.PracticeSettings;
import org.headroom.base.pdf.Html;
import org.headroom.base.pdf.PdfRenderer;
import org.headroom.client.ClientDetails;
import org.headroom.security.TherapistSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A completed intake on paper: client, flags and decisions first (what a GP would read), then
 * every answer, then the consents with their exact text and signatures, and who completed it when.
 */
@Component
class IntakePdf {

    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final PracticeSettings practice;

    IntakePdf(PdfRenderer renderer, MessageSource messages, PracticeSettings practice) {
        this.renderer = renderer;
        this.messages = messages;
        this.practice = practice;
    }

    record Consent(ConsentRecord record, byte[] signature) {}

    byte[] render(
            IntakeDetails intake,
            ClientDetails client,
            TherapistSummary therapist,
            List<Consent> consents,
            Map<Long, String> names,
            ZoneId zone) {
        StringBuilder html = new StringBuilder();
        html.append("<html><head><meta charset=\"UTF-8\"/><title>")
                .append(esc(t("intake.title", intake.sequenceNo(), client.fullName())))
                .append("</title><style>")
                .append(Html.baseCss(
                        t("pdf.footer", client.fullName(), Formats.dateTime(Instant.now(), zone)),
                        practice.paperSize()))
                .append("</style></head><body>");
        html.append("<h1>")
                .append(esc(t("intake.title", intake.sequenceNo(), client.fullName())))
                .append("</h1>");
        html.append("<table>");
        Html.row(html, t("client.dateOfBirth"), Formats.date(client.dateOfBirth()) + " (" + client.age() + ")");
        Html.row(html, t("pdf.status"), t("intake.status." + intake.status().name()));
        Html.row(
                html,
                t("pdf.therapist"),
                therapist.displayName()
                        + (therapist.professionalRegistration() == null
                                ? ""
                                : ", " + therapist.professionalRegistration()));
        if (intake.completedAt() != null) {
            Html.row(
                    html,
                    t("pdf.completed"),
                    t("pdf.by", Formats.dateTime(intake.completedAt(), zone), names.get(intake.completedBy())));
        }
        if (intake.submittedByClientAt() != null) {
            Html.row(html, t("pdf.submitted-by-client"), Formats.dateTime(intake.submittedByClientAt(), zone));
        }
        Html.row(html, t("pdf.contact"), join(client.phone(), client.email(), client.address(), client.postcode()));
        Html.row(
                html,
                t("client.section.gp"),
                join(client.gpName(), client.gpPractice(), client.gpPhone(), client.gpAddress()));
        Html.row(
                html,
                t("client.section.emergency"),
                join(
                        client.emergencyContactName(),
                        client.emergencyContactRelationship(),
                        client.emergencyContactPhone()));
        html.append("</table>");

        screening(html, intake, names, zone);
        answers(html, intake.answers());
        consents(html, consents, names, zone);
        html.append("</body></html>");
        return renderer.render(html.toString());
    }

    private void screening(StringBuilder html, IntakeDetails intake, Map<Long, String> names, ZoneId zone) {
        Screening s = intake.screening();
        html.append("<h2>").append(esc(t("pdf.screening"))).append("</h2>");
        if (!s.hasAnyWarning()) {
            html.append("<p>").append(esc(t("screening.none"))).append("</p>");
        }
        list(
                html,
                "alert",
                t("screening.red-flags"),
                s.redFlags().stream()
                        .sorted()
                        .map(f -> t("redFlag." + f.name()))
                        .toList());
        list(
                html,
                "alert",
                t("screening.do-not-treat"),
                s.doNotTreat().stream().map(ContraindicationAnswer::label).toList());
        s.medicationOveruse()
                .ifPresent(m -> list(
                        html,
                        "alert",
                        t("screening.moh"),
                        List.of(t(
                                "screening.moh.rule",
                                m.headacheDays(),
                                m.headacheDaysThreshold(),
                                t("medication." + m.medicationClass().name()).toLowerCase(Formats.LOCALE),
                                m.medicationDays(),
                                m.medicationDaysThreshold(),
                                t(m.durationConfirmed() ? "screening.moh.confirmed" : "screening.moh.unconfirmed")))));
        list(
                html,
                "caution",
                t("screening.cautions"),
                s.cautions().stream().map(ContraindicationAnswer::label).toList());
        if (!intake.decisions().isEmpty()) {
            html.append("<table>");
            for (DecisionRecord d : intake.decisions()) {
                String what = t("decision." + d.decision().name())
                        + (d.referralDate() == null
                                ? ""
                                : " (" + t("decision.referralDate") + ": " + Formats.date(d.referralDate()) + ")")
                        + (d.reason() == null ? "" : ". " + d.reason());
                Html.row(
                        html,
                        t("decision.entry", "", Formats.dateTime(d.decidedAt(), zone), names.get(d.decidedBy()))
                                .trim(),
                        what);
            }
            html.append("</table>");
        }
    }

    private void answers(StringBuilder html, IntakeAnswers a) {
        Html.section(html, t("intake.section.health"));
        Html.row(html, t("intake.conditions"), a.getConditions());
        Html.row(html, t("intake.surgery"), a.getSurgery());
        Html.row(html, t("intake.medication"), a.getMedication());
        Html.row(html, t("intake.allergies"), a.getAllergies());
        Html.row(
                html,
                t("intake.contraindications"),
                a.getContraindications().stream()
                        .map(c ->
                                c.label() + " (" + t("severity." + c.severity().name()) + ")")
                        .collect(Collectors.joining("; ")));
        html.append("</table>");
        Html.section(html, t("intake.section.profile"));
        Html.row(html, t("intake.diagnosedBy"), label("diagnosedBy.", a.getDiagnosedBy()));
        Html.row(html, t("intake.headacheTypes"), labels("headacheType.", a.getHeadacheTypes()));
        Html.row(html, t("intake.ageAtOnset"), a.getAgeAtOnset());
        Html.row(html, t("intake.headacheDaysPerMonth"), a.getHeadacheDaysPerMonth());
        Html.row(html, t("intake.usualDurationHours"), a.getUsualDurationHours());
        Html.row(html, t("intake.usualIntensity"), a.getUsualIntensity());
        Html.row(html, t("intake.aura"), yesNo(a.getAura()));
        Html.row(html, t("intake.auraTypes"), labels("auraType.", a.getAuraTypes()));
        Html.row(html, t("intake.symptoms"), labels("symptom.", a.getSymptoms()));
        Html.row(html, t("intake.triggers"), labels("trigger.", a.getTriggers()));
        Html.row(html, t("intake.otherTriggers"), a.getOtherTriggers());
        Html.row(html, t("intake.preventiveMedication"), a.getPreventiveMedication());
        Html.row(html, t("intake.acuteMedication"), a.getAcuteMedication());
        Html.row(html, t("intake.acuteMedicationClass"), label("medication.", a.getAcuteMedicationClass()));
        Html.row(html, t("intake.acuteMedicationDaysPerMonth"), a.getAcuteMedicationDaysPerMonth());
        Html.row(html, t("intake.patternOverThreeMonths"), yesNo(a.getPatternOverThreeMonths()));
        Html.row(html, t("intake.otherTreatments"), a.getOtherTreatments());
        Html.row(html, t("intake.whatHelps"), a.getWhatHelps());
        html.append("</table>");
        Html.section(html, t("intake.section.lifestyle"));
        Html.row(html, t("intake.sleepHours"), a.getSleepHours());
        Html.row(html, t("intake.sleepQuality"), a.getSleepQuality());
        Html.row(html, t("intake.stressLevel"), a.getStressLevel());
        Html.row(html, t("intake.workPosture"), a.getWorkPosture());
        Html.row(html, t("intake.caffeineDrinksPerDay"), a.getCaffeineDrinksPerDay());
        Html.row(html, t("intake.hydration"), a.getHydration());
        html.append("</table>");
        Html.section(html, t("intake.section.goals"));
        Html.row(html, t("intake.goals"), a.getGoals());
        Html.row(html, t("intake.pressure"), label("pressure.", a.getPressure()));
        Html.row(html, t("intake.areasToAvoid"), a.getAreasToAvoid());
        html.append("</table>");
    }

    private void consents(StringBuilder html, List<Consent> consents, Map<Long, String> names, ZoneId zone) {
        html.append("<h2>").append(esc(t("consent.title"))).append("</h2>");
        if (consents.isEmpty()) {
            html.append("<p>").append(esc(t("consent.none"))).append("</p>");
        }
        for (Consent consent : consents) {
            ConsentRecord c = consent.record();
            html.append("<div class=\"consent\"><strong>")
                    .append(esc(t("consent." + c.type().name())))
                    .append("</strong> <span class=\"muted\">(")
                    .append(esc(t("pdf.text-version", c.textVersion())))
                    .append(")</span><p>")
                    .append(esc(c.text()))
                    .append("</p><p><strong>")
                    .append(esc(c.granted() ? t("pdf.consent-granted") : t("pdf.consent-declined")))
                    .append("</strong> ")
                    .append(esc(t(
                            "pdf.signed-by",
                            c.signerName(),
                            t("consent.role." + c.signerRole().name()),
                            Formats.dateTime(c.givenAt(), zone))))
                    .append(" ")
                    .append(esc(
                            c.takenBy() == null ? t("consent.via-link") : t("pdf.taken-by", names.get(c.takenBy()))))
                    .append("</p>");
            if (consent.signature() != null) {
                html.append("<img class=\"signature\" alt=\"")
                        .append(esc(t("consent.signature")))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(consent.signature()))
                        .append("\"/>");
            } else {
                html.append("<p class=\"muted\">")
                        .append(esc(t("pdf.typed-signature")))
                        .append("</p>");
            }
            if (c.withdrawnAt() != null) {
                html.append("<p><strong>")
                        .append(esc(t("consent.withdrawn", Formats.dateTime(c.withdrawnAt(), zone))))
                        .append("</strong> ")
                        .append(esc(c.withdrawalNote()))
                        .append("</p>");
            }
            html.append("</div>");
        }
    }

    private static void list(StringBuilder html, String css, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<div class=\"")
                .append(css)
                .append("\"><strong>")
                .append(esc(title))
                .append("</strong><ul>");
        items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>"));
        html.append("</ul></div>");
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? null : t(prefix + value.name());
    }

    private String labels(String prefix, Collection<? extends Enum<?>> values) {
        return values == null
                ? null
                : values.stream().map(v -> t(prefix + v.name())).collect(Collectors.joining(", "));
    }

    private String yesNo(Boolean value) {
        return value == null ? null : t(value ? "intake.yes" : "intake.no");
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts)
                .filter(p -> p != null && !p.isBlank())
                .collect(Collectors.joining(", "));
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Formats.LOCALE);
    }
}
