package org.headroom.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.client.ClientSummary;

/**
 * Before a second record is made for what looks like the same person: the existing records with
 * the same name and date of birth, each to open, or a new record all the same (twins do exist).
 */
final class DuplicateClientDialog extends Dialog {

    final Button createAnyway = new Button();

    DuplicateClientDialog(List<ClientSummary> existing, Runnable create) {
        setId("duplicate-dialog");
        setHeaderTitle(getTranslation("client.duplicate.title"));
        add(new Paragraph(getTranslation("client.duplicate.text")));
        VerticalLayout records = new VerticalLayout();
        records.setPadding(false);
        for (ClientSummary client : existing) {
            Button open = new Button(
                    getTranslation(
                            client.archived() ? "client.duplicate.open-archived" : "client.duplicate.open",
                            client.firstName() + " " + client.lastName(),
                            Formats.date(client.dateOfBirth())),
                    e -> {
                        close();
                        ClientNavigation.go(ClientNavigation.client(client.id()));
                    });
            open.setId("open-existing-" + client.id());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            records.add(open);
        }
        add(records);
        createAnyway.setText(getTranslation("client.duplicate.create"));
        createAnyway.setId("create-anyway");
        createAnyway.addClickListener(e -> {
            close();
            create.run();
        });
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), createAnyway);
    }
}
