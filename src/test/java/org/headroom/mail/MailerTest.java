package org.headroom.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** E-mail through a real SMTP server started in the test, and the outbox without one. */
@IntegrationTest
class MailerTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(freePort(), "127.0.0.1", "smtp"));

    @Autowired
    OutgoingMailRepository outbox;

    @Autowired
    Mailer configured;

    @Autowired
    TestSmtp testSmtp;

    @Test
    void a_message_with_an_attachment_reaches_the_smtp_server_and_is_recorded_as_sent() throws Exception {
        Mailer mailer = mailer(smtp.getSmtp().getPort());
        Mail mail = new Mail(
                "client@example.org",
                "Your appointment",
                "See you on Tuesday at 10:00.",
                new Mail.Attachment(
                        "appointment.ics", "text/calendar", "BEGIN:VCALENDAR".getBytes(StandardCharsets.UTF_8)));

        assertThat(mailer.send(mail)).isEqualTo(MailStatus.SENT);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Your appointment");
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("client@example.org");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("Practice <practice@example.org>");
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("See you on Tuesday at 10:00.");
        assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("appointment.ics");
        assertThat(latest().status()).isEqualTo(MailStatus.SENT);
        assertThat(latest().sentAt()).isNotNull();
    }

    @Test
    void a_server_that_cannot_be_reached_leaves_the_message_recorded_as_not_sent() throws Exception {
        Mailer mailer = mailer(freePort());
        assertThat(mailer.send(Mail.text("client@example.org", "Reminder", "Tomorrow at 10:00.")))
                .isEqualTo(MailStatus.FAILED);
        OutboxMessage recorded = latest();
        assertThat(recorded.status()).isEqualTo(MailStatus.FAILED);
        assertThat(recorded.error()).isNotBlank();
    }

    @Test
    void without_a_server_the_message_waits_in_the_outbox() {
        assertThat(configured.hasServer()).as("the tests configure none").isFalse();
        assertThat(configured.send(Mail.text("client@example.org", "Waiting", "Held text")))
                .isEqualTo(MailStatus.HELD);
        OutboxMessage held = latest();
        assertThat(held.subject()).isEqualTo("Waiting");
        assertThat(held.body()).isEqualTo("Held text");
        assertThat(held.sentAt()).isNull();
    }

    private OutboxMessage latest() {
        return outbox.newestFirst(PageRequest.of(0, 1)).getFirst().toMessage();
    }

    private Mailer mailer(int port) {
        return testSmtp.mailerFor(port);
    }

    private static int freePort() {
        return TestSmtp.freePort();
    }
}
