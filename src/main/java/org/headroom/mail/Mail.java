package org.headroom.mail;

/**
 * One e-mail to send: plain text, optionally one attachment (e.g. a calendar file). Never health
 * data: a message says that there is something to do and links to it.
 */
public record Mail(String to, String subject, String text, Attachment attachment) {

    public record Attachment(String name, String contentType, byte[] content) {}

    public static Mail text(String to, String subject, String text) {
        return new Mail(to, subject, text, null);
    }
}
