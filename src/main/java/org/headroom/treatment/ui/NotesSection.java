package org.headroom.treatment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.stream.Collectors;
import org.headroom.base.Formats;
import org.headroom.base.ui.RowClicks;
import org.headroom.client.ClientDetails;
import org.headroom.client.ui.ClientPageSection;
import org.headroom.intake.ConsentService;
import org.headroom.treatment.NoteSummary;
import org.headroom.treatment.SessionNoteService;
import org.springframework.data.domain.PageRequest;

/** The client's session notes, newest first (a lazy grid), with the technique and pain change at a glance. */
@org.springframework.stereotype.Component
class NotesSection implements ClientPageSection {

    private final SessionNoteService notes;
    private final ConsentService consents;

    NotesSection(SessionNoteService notes, ConsentService consents) {
        this.notes = notes;
        this.consents = consents;
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Component create(ClientDetails client) {
        Card card = new Card();
        card.setId("notes-card");
        card.addClassName("hr-intake-card");
        card.setTitle(card.getTranslation("note.card.title"));
        Button add = new Button(card.getTranslation("note.new"), VaadinIcon.PLUS.create());
        add.setId("new-note");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (consents.hasTreatmentConsent(client.id())) {
            add.addClickListener(e -> {
                long id = notes.start(client.id()).id();
                UI.getCurrent().navigate("clients/" + client.id() + "/notes/" + id);
            });
            card.add(add);
        } else {
            add.setEnabled(false);
            card.add(add, new Span(card.getTranslation("note.no-consent")));
        }
        Grid<NoteSummary> grid = new Grid<>();
        grid.setId("notes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(n -> Formats.date(n.date())).setHeader(card.getTranslation("note.column.date"));
        grid.addColumn(n -> n.techniques().stream()
                        .map(t ->
                                card.getTranslation("technique." + t.technique().name()))
                        .collect(Collectors.joining(", ")))
                .setHeader(card.getTranslation("note.column.techniques"))
                .setFlexGrow(3);
        grid.addColumn(n -> n.painBefore() == null || n.painAfter() == null
                        ? "—"
                        : card.getTranslation("note.pain-change", n.painBefore(), n.painAfter()))
                .setHeader(card.getTranslation("note.column.pain"));
        grid.addColumn(n -> card.getTranslation("note.status." + n.status().name()))
                .setHeader(card.getTranslation("note.column.status"));
        grid.setItems(
                query -> notes.list(client.id(), PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) notes.count(client.id()));
        RowClicks.open(grid, note -> UI.getCurrent().navigate("clients/" + client.id() + "/notes/" + note.id()));
        grid.setEmptyStateText(card.getTranslation("note.none"));
        grid.setHeight("16rem");
        card.add(grid);
        return card;
    }
}
