package org.headroom.appointment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H4;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.headroom.appointment.AppointmentService;
import org.headroom.appointment.AppointmentView;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.client.ui.ClientPageSection;

/** The client page's appointments: the next ones, the past ones with how each ended, and booking. */
@org.springframework.stereotype.Component
class AppointmentsSection implements ClientPageSection {

    private final AppointmentService book;
    private final ClientService clients;
    private final Clock clock;

    private final org.headroom.treatment.SessionNoteService notes;

    AppointmentsSection(
            AppointmentService book,
            ClientService clients,
            org.headroom.treatment.SessionNoteService notes,
            Clock clock) {
        this.notes = notes;
        this.book = book;
        this.clients = clients;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public Component create(ClientDetails client) {
        Card card = new Card();
        card.setId("appointments-card");
        card.addClassName("hr-intake-card");
        card.setTitle(card.getTranslation("book.client.title"));
        fill(card, client);
        return card;
    }

    private void fill(Card card, ClientDetails client) {
        card.removeAll();
        List<AppointmentView> all = book.forClient(client.id());
        LocalDateTime now = LocalDateTime.now(clock);
        List<AppointmentView> next =
                all.stream().filter(a -> a.end().isAfter(now)).toList();
        List<AppointmentView> past =
                all.stream().filter(a -> !a.end().isAfter(now)).toList().reversed();
        AppointmentList.Actions actions = new PageActions(book, clients, notes, () -> fill(card, client));
        card.add(
                new H4(card.getTranslation("book.client.next")),
                new AppointmentList(book, next, false, now.toLocalDate(), actions));
        if (!past.isEmpty()) {
            card.add(
                    new H4(card.getTranslation("book.client.past")),
                    new AppointmentList(
                            book, past.subList(0, Math.min(10, past.size())), false, now.toLocalDate(), actions));
        }
        Button add = new Button(card.getTranslation("book.add"));
        add.setId("client-book");
        add.addClickListener(e -> new BookDialog(
                        book, clients, null, client.id(), now.toLocalDate().plusDays(1), null, () -> fill(card, client))
                .open());
        card.add(add);
    }
}
