package org.headroom.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.Formats;
import org.headroom.base.ui.ConcurrentEditDialog;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;

/**
 * The client's page, the therapist's home for one client: who they are, how to reach them and
 * their GP, and the actions on the record.
 */
@Route("clients/:clientId(\\d+)")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class ClientView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientService clients;
    private final Clock clock;
    private final List<ClientPageSection> sections;
    private ClientDetails client;

    ClientView(ClientService clients, Clock clock, List<ClientPageSection> sections) {
        this.clients = clients;
        this.clock = clock;
        this.sections = sections.stream()
                .sorted(Comparator.comparingInt(ClientPageSection::order))
                .toList();
        addClassName("hr-page");
        setId("client-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ClientDetails> found =
                event.getRouteParameters().getLong("clientId").flatMap(clients::find);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void show(ClientDetails details) {
        this.client = details;
        removeAll();
        add(header());
        sections.forEach(section -> add(section.create(details)));
        add(cards());
    }

    private Component header() {
        H1 name = new H1(client.fullName());
        name.setId("client-name");
        Span facts = new Span(getTranslation("client.header.facts", Formats.date(client.dateOfBirth()), client.age()));
        facts.addClassName("hr-muted");
        VerticalLayout who = new VerticalLayout(name, facts);
        who.setPadding(false);
        who.setSpacing(false);
        if (client.preferredName() != null) {
            who.add(new Span(getTranslation("client.header.preferred", client.preferredName())));
        }
        if (client.bookedOnline()) {
            // Until the therapist looks the record over and saves it.
            Badge online = new Badge(getTranslation("client.booked-online"));
            online.addThemeVariants(BadgeVariant.WARNING);
            online.setId("booked-online-badge");
            who.add(online);
        }
        if (client.archived()) {
            Badge archived = new Badge(getTranslation("client.archived"), VaadinIcon.ARCHIVE.create());
            archived.addThemeVariants(BadgeVariant.CONTRAST);
            archived.setId("archived-badge");
            who.add(archived);
        }

        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create());
        edit.setId("edit-client");
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.addClickListener(e -> ClientNavigation.go(ClientNavigation.edit(client.id())));
        Button archive = new Button(getTranslation(client.archived() ? "client.restore" : "client.archive"));
        archive.setId("archive-client");
        archive.addClickListener(e -> confirmArchive());
        Anchor access = new Anchor("record-access?client=" + client.id(), getTranslation("client.record-access"));
        access.setId("client-record-access");
        access.addClassName("hr-button-link");
        HorizontalLayout actions = new HorizontalLayout(edit, archive, access);
        actions.setWrap(true);

        HorizontalLayout header = new HorizontalLayout(who, actions);
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setAlignItems(FlexComponent.Alignment.START);
        header.setWrap(true);
        return header;
    }

    private Component cards() {
        Div grid = new Div();
        grid.addClassName("hr-card-grid");
        grid.add(card(
                "client.section.contact",
                VaadinIcon.PHONE,
                entry("client.phone", client.phone()),
                entry("client.email", client.email()),
                entry("client.address", client.address()),
                entry("client.postcode", client.postcode())));
        grid.add(card(
                "client.section.gp",
                VaadinIcon.DOCTOR,
                entry("client.gpName", client.gpName()),
                entry("client.gpPractice", client.gpPractice()),
                entry("client.gpPhone", client.gpPhone()),
                entry("client.gpAddress", client.gpAddress())));
        grid.add(card(
                "client.section.emergency",
                VaadinIcon.PHONE_LANDLINE,
                entry("client.emergencyName", client.emergencyContactName()),
                entry("client.emergencyRelationship", client.emergencyContactRelationship()),
                entry("client.emergencyPhone", client.emergencyContactPhone())));
        Card notes = new Card();
        notes.setTitle(getTranslation("client.section.notes"));
        Paragraph text = new Paragraph(Formats.orDash(client.notes()));
        text.addClassName("hr-notes");
        notes.add(text);
        Span updated =
                new Span(getTranslation("client.updated", Formats.dateTime(client.updatedAt(), clock.getZone())));
        updated.addClassName("hr-muted");
        notes.add(updated);
        grid.add(notes);
        return grid;
    }

    private Card card(String titleKey, VaadinIcon icon, Component... entries) {
        Card card = new Card();
        card.setTitle(getTranslation(titleKey));
        card.setHeaderPrefix(icon.create());
        DescriptionList list = new DescriptionList();
        list.addClassName("hr-facts");
        for (Component entry : entries) {
            list.add(entry);
        }
        card.add(list);
        return card;
    }

    private Component entry(String labelKey, String value) {
        Div row = new Div(
                new DescriptionList.Term(getTranslation(labelKey)),
                new DescriptionList.Description(Formats.orDash(value)));
        row.addClassName("hr-fact");
        return row;
    }

    private void confirmArchive() {
        boolean archiving = !client.archived();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("archive-dialog");
        dialog.setHeader(getTranslation(archiving ? "client.archive.confirm.title" : "client.restore.confirm.title"));
        dialog.setText(getTranslation(
                archiving ? "client.archive.confirm.text" : "client.restore.confirm.text", client.fullName()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(archiving ? "client.archive" : "client.restore"));
        dialog.addConfirmListener(e -> {
            try {
                ClientDetails saved = archiving
                        ? clients.archive(client.id(), client.version())
                        : clients.restore(client.id(), client.version());
                Notifications.saved(
                        getTranslation(archiving ? "client.archived-done" : "client.restored-done", saved.fullName()));
                show(saved);
            } catch (ConcurrentEditException ex) {
                new ConcurrentEditDialog(() -> show(clients.get(client.id()))).open();
            }
        });
        dialog.open();
    }
}
