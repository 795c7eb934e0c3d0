package org.headroom.diary.ui;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.TreatmentStatus;

/** The migraine profile from the current intake: as diagnosed elsewhere, recorded, never diagnosed here. */
final class IntakeProfile extends Card {

    IntakeProfile(TreatmentStatus status) {
        setId("intake-profile");
        setTitle(getTranslation("diary.profile.title"));
        setWidthFull();
        if (status.currentIntake().isEmpty()) {
            add(new Span(getTranslation("diary.profile.none")));
            return;
        }
        IntakeAnswers a = status.currentIntake().get().answers();
        line(
                "intake.diagnosedBy",
                a.getDiagnosedBy() == null
                        ? null
                        : getTranslation("diagnosedBy." + a.getDiagnosedBy().name()));
        line(
                "intake.headacheTypes",
                a.getHeadacheTypes().stream()
                        .map(t -> getTranslation("headacheType." + t.name()))
                        .collect(Collectors.joining(", ")));
        line("intake.headacheDaysPerMonth", a.getHeadacheDaysPerMonth());
        line("intake.usualIntensity", a.getUsualIntensity());
        line("intake.usualDurationHours", a.getUsualDurationHours());
        line("intake.aura", a.getAura() == null ? null : getTranslation(a.getAura() ? "intake.yes" : "intake.no"));
        line("intake.acuteMedication", a.getAcuteMedication());
        line("intake.acuteMedicationDaysPerMonth", a.getAcuteMedicationDaysPerMonth());
        line("intake.preventiveMedication", a.getPreventiveMedication());
        line(
                "intake.triggers",
                a.getTriggers().stream()
                        .map(t -> getTranslation("trigger." + t.name()))
                        .collect(Collectors.joining(", ")));
    }

    private void line(String labelKey, Object value) {
        if (value == null || value.toString().isBlank()) {
            return;
        }
        String label = getTranslation(labelKey);
        Div row = new Div(new Span(label + (label.endsWith("?") ? " " : ": ")), new Span(value.toString()));
        row.addClassName("hr-profile-line");
        add(row);
    }
}
