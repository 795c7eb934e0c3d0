package org.headroom.journey;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.headroom.mail.TestSmtp;

/** The SMTP server (GreenMail) the production jar of the journeys sends its messages to. */
final class JourneySmtp {

    private static GreenMail server;

    private JourneySmtp() {}

    static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(TestSmtp.freePort(), "127.0.0.1", "smtp"));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "journey-smtp-stop"));
        }
        return server.getSmtp().getPort();
    }

    static synchronized MimeMessage[] received() {
        return server == null ? new MimeMessage[0] : server.getReceivedMessages();
    }
}
