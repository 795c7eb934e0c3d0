package org.headroom.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import org.headroom.intake.ContraindicationAnswer;
import org.headroom.intake.MedicationOveruseFlag;
import org.headroom.intake.Readiness;
import org.headroom.intake.Screening;

/**
 * The client's current warnings, unmissable but calm: words and icons carry the meaning, colour
 * only supports it. Shown wherever the client appears in clinical work.
 */
public final class ScreeningPanel extends Div {

    public ScreeningPanel() {
        addClassName("hr-screening");
        setId("screening");
    }

    /** @param readiness null on the intake form itself, where the gate is not decided yet */
    public void show(Readiness readiness, Screening screening) {
        removeAll();
        if (readiness != null) {
            add(readinessLine(readiness));
        }
        if (screening == null) {
            return;
        }
        if (!screening.redFlags().isEmpty()) {
            add(block(
                    "hr-alert",
                    VaadinIcon.WARNING,
                    getTranslation("screening.red-flags"),
                    screening.redFlags().stream()
                            .sorted()
                            .map(f -> getTranslation("redFlag." + f.name()))
                            .toList()));
        }
        if (!screening.doNotTreat().isEmpty()) {
            add(block(
                    "hr-alert",
                    VaadinIcon.BAN,
                    getTranslation("screening.do-not-treat"),
                    screening.doNotTreat().stream()
                            .map(ContraindicationAnswer::label)
                            .toList()));
        }
        screening
                .medicationOveruse()
                .ifPresent(flag -> add(
                        block("hr-alert", VaadinIcon.PILLS, getTranslation("screening.moh"), List.of(mohRule(flag)))));
        if (!screening.cautions().isEmpty()) {
            add(block(
                    "hr-caution",
                    VaadinIcon.INFO_CIRCLE,
                    getTranslation("screening.cautions"),
                    screening.cautions().stream()
                            .map(ContraindicationAnswer::label)
                            .toList()));
        }
        if (!screening.hasAnyWarning()) {
            Span none = new Span(VaadinIcon.CHECK.create(), new Span(getTranslation("screening.none")));
            none.addClassName("hr-screening-none");
            add(none);
        }
    }

    String mohRule(MedicationOveruseFlag flag) {
        return getTranslation(
                "screening.moh.rule",
                flag.headacheDays(),
                flag.headacheDaysThreshold(),
                getTranslation("medication." + flag.medicationClass().name()).toLowerCase(),
                flag.medicationDays(),
                flag.medicationDaysThreshold(),
                getTranslation(flag.durationConfirmed() ? "screening.moh.confirmed" : "screening.moh.unconfirmed"));
    }

    private Component readinessLine(Readiness readiness) {
        boolean ok = readiness == Readiness.READY;
        Span line = new Span(
                (ok ? VaadinIcon.CHECK_CIRCLE : VaadinIcon.EXCLAMATION_CIRCLE).create(),
                new Span(getTranslation("readiness." + readiness.name())));
        line.addClassNames("hr-readiness", ok ? "hr-readiness-ok" : "hr-readiness-stop");
        line.setId("readiness");
        return line;
    }

    private Div block(String className, VaadinIcon icon, String title, List<String> items) {
        Div block = new Div();
        block.addClassNames("hr-screening-block", className);
        Span heading = new Span(icon.create(), new Span(title));
        heading.addClassName("hr-screening-title");
        UnorderedList list = new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        block.add(heading, list);
        return block;
    }
}
