package org.headroom.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Clock;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.client.ClientDetails;
import org.headroom.client.ui.ClientPageSection;
import org.headroom.intake.IntakeLinkService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.IntakeStatus;
import org.headroom.intake.IntakeSummary;
import org.headroom.intake.TreatmentStatus;

/**
 * The first thing on a client's page: whether they can be treated, the warnings that stand, the
 * consents, and the next intake action (start, continue, review, re-assess, send, print).
 */
@org.springframework.stereotype.Component
class IntakeSection implements ClientPageSection {

    private final IntakeService intakes;
    private final IntakeLinkService links;
    private final Clock clock;

    IntakeSection(IntakeService intakes, IntakeLinkService links, Clock clock) {
        this.intakes = intakes;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(ClientDetails client) {
        TreatmentStatus status = intakes.status(client.id());
        Card card = new Card();
        card.setId("intake-card");
        card.addClassName("hr-intake-card");
        card.setTitle(card.getTranslation("intake.card.title"));

        ScreeningPanel screening = new ScreeningPanel();
        screening.show(status.readiness(), status.screening().orElse(null));
        card.add(screening);
        status.decision()
                .ifPresent(d -> card.add(new Span(card.getTranslation(
                        "decision.current",
                        card.getTranslation("decision." + d.decision().name())
                                + (d.referralDate() == null ? "" : " (" + Formats.date(d.referralDate()) + ")")
                                + (d.reason() == null ? "" : ": " + d.reason())))));
        card.add(new ConsentSummary(status.consents()));
        card.add(actions(card, client, status));
        List<IntakeSummary> history = intakes.history(client.id());
        if (!history.isEmpty()) {
            card.add(history(card, client, history));
        }
        return card;
    }

    private Component actions(Card card, ClientDetails client, TreatmentStatus status) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.setWrap(true);
        if (status.openIntake().isPresent()) {
            IntakeSummary open = status.openIntake().get();
            String key = open.status() == IntakeStatus.AWAITING_REVIEW ? "intake.review" : "intake.continue";
            actions.add(primary(card, "open-intake", key, IntakeNavigation.intake(client.id(), open.id())));
        } else {
            Button start = new Button(
                    card.getTranslation(status.currentIntake().isPresent() ? "intake.reassess" : "intake.start"),
                    VaadinIcon.CLIPBOARD_TEXT.create());
            start.setId("start-intake");
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClickListener(e -> {
                long id = intakes.start(client.id()).id();
                UI.getCurrent().navigate(IntakeNavigation.intake(client.id(), id));
            });
            actions.add(start);
        }
        if (status.openIntake().map(o -> o.status() == IntakeStatus.DRAFT).orElse(true)) {
            Button send = new Button(card.getTranslation("intake.send"), VaadinIcon.PAPERPLANE.create());
            send.setId("send-intake");
            send.addClickListener(e -> {
                SendLinkDialog dialog = new SendLinkDialog(links, links.create(client.id()), client, clock);
                // The page shows the new draft once the dialog is closed.
                dialog.addOpenedChangeListener(o -> {
                    if (!o.isOpened()) {
                        UI.getCurrent().refreshCurrentRoute(false);
                    }
                });
                dialog.open();
            });
            actions.add(send);
        }
        status.currentIntake().ifPresent(current -> {
            Button open = new Button(card.getTranslation("intake.open-current"));
            open.setId("open-current-intake");
            open.addClickListener(e -> UI.getCurrent().navigate(IntakeNavigation.intake(client.id(), current.id())));
            Anchor print = IntakePrint.link(intakes, current.id(), card.getTranslation("intake.print"));
            actions.add(open, print);
        });
        return actions;
    }

    private Component history(Card card, ClientDetails client, List<IntakeSummary> history) {
        Div list = new Div();
        list.addClassName("hr-history");
        list.add(new Span(card.getTranslation("intake.history")));
        for (IntakeSummary intake : history) {
            Anchor link = new Anchor(
                    IntakeNavigation.intake(client.id(), intake.id()),
                    card.getTranslation(
                            "intake.history.entry",
                            intake.sequenceNo(),
                            card.getTranslation(
                                    "intake.status." + intake.status().name()),
                            Formats.dateTime(
                                    intake.completedAt() != null ? intake.completedAt() : intake.updatedAt(),
                                    clock.getZone())));
            list.add(new Div(link));
        }
        return list;
    }

    private Button primary(Card card, String id, String key, String location) {
        Button button = new Button(card.getTranslation(key), VaadinIcon.CLIPBOARD_TEXT.create());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> UI.getCurrent().navigate(location));
        return button;
    }
}
