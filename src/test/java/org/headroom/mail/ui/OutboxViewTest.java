package org.headroom.mail.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ADMIN;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientForm;
import org.headroom.mail.MailStatus;
import org.headroom.mail.OutboxMessage;
import org.headroom.mail.OutboxService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A therapist e-mails an intake link from the client page; with no e-mail server (as in the
 * embedded default) the message waits on the practice admin's Outbox page, link and all, and says
 * nothing about the client's health.
 */
class OutboxViewTest extends ViewTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    OutboxService outbox;

    @Test
    @WithUserDetails(ANNA)
    void an_intake_link_sent_by_e_mail_waits_on_the_outbox_page_without_a_server() {
        ClientForm form = Fixtures.validForm("Mailo", Fixtures.unique("Link"));
        String address = Fixtures.unique("mailo.") + "@example.org";
        form.setEmail(address);
        ClientDetails client =
                fixtures.runAs(ANNA, () -> fixtures.clientService().create(form));

        navigateTo("clients/" + client.id());
        test(find(Button.class).id("send-intake")).click();
        test(find(Button.class).id("intake-link-send")).click();
        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("No e-mail server is set up"));

        OutboxMessage sent = fixtures.runAs(ADMIN, () -> outbox.list(PageRequest.of(0, 50))).stream()
                .filter(m -> m.recipient().equals(address))
                .findFirst()
                .orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.HELD);
        assertThat(sent.subject()).isEqualTo("Your health questions before your visit");
        assertThat(sent.body())
                .startsWith("Hello Mailo,")
                .contains("Anna Therapist asks you", "/intake-link/", "asks for your date of birth")
                .doesNotContain("migraine", "headache");
    }

    @Test
    @WithUserDetails(ADMIN)
    void the_admin_reads_each_message_on_the_outbox_page() {
        fixtures.runAs(ANNA, () -> null);
        OutboxView view = navigate(OutboxView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("outbox-how")
                        .getText())
                .contains("No e-mail server is set up");
        var grid = test(view.messages);
        if (grid.size() > 0) {
            grid.clickRow(0);
            assertThat(find(Dialog.class).id("outbox-message").isOpened()).isTrue();
        }
    }

    @Test
    @WithUserDetails(ANNA)
    void a_therapist_cannot_open_the_outbox() {
        assertThat(navigateTo("admin/outbox")).isNotInstanceOf(OutboxView.class);
    }
}
