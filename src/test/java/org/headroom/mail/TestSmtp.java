package org.headroom.mail;

import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * A {@link Mailer} sending through an SMTP server a test starts (GreenMail), beside the application's
 * own, which has none configured in the tests; messages are kept in the same outbox table.
 */
@Component
public class TestSmtp {

    private final OutgoingMailRepository outbox;

    TestSmtp(OutgoingMailRepository outbox) {
        this.outbox = outbox;
    }

    public Mailer mailerFor(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        sender.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("sender", sender));
        return new Mailer(
                outbox,
                beans.getBeanProvider(JavaMailSender.class),
                "Practice <practice@example.org>",
                Clock.systemUTC());
    }

    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
