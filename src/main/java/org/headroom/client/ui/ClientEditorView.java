package org.headroom.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.util.Optional;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.ConcurrentEditDialog;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.client.ClientService;

/** Creates a client or edits one; a second person's save never silently overwrites the first. */
@Route("clients/:clientId(\\d+)/edit")
@RouteAlias("clients/new")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class ClientEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final ClientService clients;
    final ClientFormLayout form = new ClientFormLayout();
    final Button save = new Button();
    final Button cancel = new Button();
    private final H1 title = new H1();
    private Long clientId;
    private ClientForm bean = new ClientForm();

    ClientEditorView(ClientService clients) {
        this.clients = clients;
        addClassName("hr-page");
        setMaxWidth("60rem");

        save.setText(getTranslation("action.save"));
        save.setId("save-client");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(save, this::save);
        cancel.setText(getTranslation("action.cancel"));
        cancel.setId("cancel-client");
        cancel.addClickListener(
                e -> ClientNavigation.go(clientId == null ? ClientNavigation.LIST : ClientNavigation.client(clientId)));

        HorizontalLayout actions = new HorizontalLayout(save, cancel);
        actions.addClassName("hr-form-actions");
        add(title, form, actions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().getLong("clientId");
        if (id.isEmpty()) {
            clientId = null;
            bean = new ClientForm();
            title.setText(getTranslation("client.new.title"));
        } else {
            Optional<ClientDetails> client = clients.find(id.get());
            if (client.isEmpty()) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            clientId = id.get();
            bean = client.get().toForm();
            title.setText(getTranslation("client.edit.title", client.get().fullName()));
        }
        form.binder.readBean(bean);
    }

    private void save() {
        if (!form.binder.writeBeanIfValid(bean)) {
            Notifications.problem(getTranslation("form.fix-errors"));
            return;
        }
        if (clientId == null) {
            var existing = clients.sameNameAndBirth(bean);
            if (!existing.isEmpty()) {
                new DuplicateClientDialog(existing, this::store).open();
                return;
            }
        }
        store();
    }

    private void store() {
        try {
            ClientDetails saved = clientId == null ? clients.create(bean) : clients.update(clientId, bean);
            Notifications.saved(getTranslation("client.saved", saved.fullName()));
            ClientNavigation.go(ClientNavigation.client(saved.id()));
        } catch (ConcurrentEditException e) {
            new ConcurrentEditDialog(this::reload).open();
        } catch (ConstraintViolationException e) {
            Notifications.problem(getTranslation("form.fix-errors"));
        } catch (RecordNotFoundException e) {
            ClientNavigation.go(ClientNavigation.LIST);
        }
    }

    /** Shows what is stored now; the edits made on this page are dropped. */
    private void reload() {
        clients.find(clientId)
                .ifPresentOrElse(
                        c -> {
                            bean = c.toForm();
                            form.binder.readBean(bean);
                        },
                        () -> ClientNavigation.go(ClientNavigation.LIST));
    }
}
