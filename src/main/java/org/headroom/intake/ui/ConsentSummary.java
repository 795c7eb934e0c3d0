package org.headroom.intake.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.headroom.intake.ConsentState;
import org.headroom.intake.ConsentType;

/** One line per consent, with a tick or a cross and the words "Yes" or "No": shown wherever clinical work happens. */
public final class ConsentSummary extends Div {

    public ConsentSummary(ConsentState consents) {
        addClassName("hr-consent-summary");
        setId("consent-summary");
        for (ConsentType type : ConsentType.values()) {
            boolean given = consents.has(type);
            Span item = new Span(
                    (given ? VaadinIcon.CHECK : VaadinIcon.CLOSE_SMALL).create(),
                    new Span(getTranslation("consent." + type.name()) + ": "
                            + getTranslation(given ? "consent.stands" : "consent.not-given")));
            item.addClassName(given ? "hr-consent-yes" : "hr-consent-no");
            add(item);
        }
    }
}
