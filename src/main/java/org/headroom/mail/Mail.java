package org.headroom.mail;

/**
 * One e-mail to send: plain text, optionally one attachment (e.g. a calendar file). Never health
 * data: a message says that there is something to do and links to it.
 */
public record Mail(String to, String subject, String text, Attachment attachment, String unsubscribeUrl) {

    public Mail(String to, String subject, String text, Attachment attachment) {
        this(to, subject, text, attachment, null);
    }

    /**
     * A message the recipient can stop with one click: the address takes a POST (RFC 8058), and mail
     * programs show their own "unsubscribe" for it.
     */
    public static Mail unsubscribable(String to, String subject, String text, String unsubscribeUrl) {
        return new Mail(to, subject, text, null, unsubscribeUrl);
    }

    public record Attachment(String name, String contentType, byte[] content) {}

    public static Mail text(String to, String subject, String text) {
        return new Mail(to, subject, text, null);
    }
}
