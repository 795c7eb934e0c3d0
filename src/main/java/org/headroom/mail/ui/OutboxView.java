package org.headroom.mail.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import org.headroom.base.Formats;
import org.headroom.base.ui.RowClicks;
import org.headroom.mail.OutboxMessage;
import org.headroom.mail.OutboxService;
import org.springframework.data.domain.PageRequest;

/**
 * Every e-mail Headroom sent or would have sent, newest first. Without an SMTP server this is where
 * messages wait, so that a practice trying Headroom out sees what its clients would receive.
 */
@Route("admin/outbox")
@PageTitle("Headroom")
@Menu(title = "menu.outbox", order = 14, icon = "vaadin:outbox")
@RolesAllowed("PRACTICE_ADMIN")
final class OutboxView extends VerticalLayout {

    final Grid<OutboxMessage> messages = new Grid<>();

    OutboxView(OutboxService outbox, Clock clock) {
        setSizeFull();
        addClassName("hr-page");
        Paragraph how = new Paragraph(getTranslation(outbox.hasServer() ? "outbox.server" : "outbox.no-server"));
        how.setId("outbox-how");
        messages.setId("outbox");
        messages.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        messages.addColumn(m -> Formats.dateTime(m.createdAt(), clock.getZone()))
                .setHeader(getTranslation("outbox.when"))
                .setAutoWidth(true);
        messages.addColumn(OutboxMessage::recipient).setHeader(getTranslation("outbox.to"));
        messages.addColumn(OutboxMessage::subject).setHeader(getTranslation("outbox.subject"));
        messages.addColumn(m -> getTranslation("outbox.status." + m.status().name()))
                .setHeader(getTranslation("outbox.status"))
                .setAutoWidth(true);
        messages.setItems(query -> outbox.list(PageRequest.of(query.getPage(), query.getPageSize())).stream());
        RowClicks.open(messages, this::open);
        add(new H1(getTranslation("outbox.title")), how, messages);
    }

    private void open(OutboxMessage message) {
        Dialog dialog = new Dialog();
        dialog.setId("outbox-message");
        dialog.setHeaderTitle(message.subject());
        dialog.setWidth("min(44rem, 100vw)");
        Pre text = new Pre(message.body());
        text.getStyle().set("white-space", "pre-wrap");
        dialog.add(new Paragraph(getTranslation("outbox.to") + ": " + message.recipient()), text);
        if (message.attachmentName() != null) {
            dialog.add(new Paragraph(getTranslation("outbox.attachment", message.attachmentName())));
        }
        if (message.error() != null) {
            dialog.add(new Paragraph(getTranslation("outbox.error", message.error())));
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
