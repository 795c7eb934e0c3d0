package org.headroom.mail;

/** What became of a message. */
public enum MailStatus {
    /** Handed to the SMTP server. */
    SENT,
    /** No SMTP server is configured: the message waits on the Outbox page. */
    HELD,
    /** The SMTP server refused it or could not be reached. */
    FAILED
}
