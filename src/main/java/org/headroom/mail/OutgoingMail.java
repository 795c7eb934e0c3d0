package org.headroom.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A message sent, held for want of an SMTP server, or refused. */
@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, columnDefinition = "text")
    private String body;

    @Column(name = "attachment_name", length = 200, updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", length = 100, updatable = false)
    private String attachmentType;

    @Column(updatable = false, columnDefinition = "mediumblob")
    private byte[] attachment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MailStatus status;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(length = 500)
    private String error;

    protected OutgoingMail() {}

    OutgoingMail(Mail mail, MailStatus status, Instant now, String error) {
        this.createdAt = now;
        this.recipient = mail.to();
        this.subject = mail.subject();
        this.body = mail.text();
        if (mail.attachment() != null) {
            this.attachmentName = mail.attachment().name();
            this.attachmentType = mail.attachment().contentType();
            this.attachment = mail.attachment().content();
        }
        this.status = status;
        this.sentAt = status == MailStatus.SENT ? now : null;
        this.error = error == null ? null : error.substring(0, Math.min(error.length(), 500));
    }

    OutboxMessage toMessage() {
        return new OutboxMessage(id, createdAt, recipient, subject, body, attachmentName, status, sentAt, error);
    }
}
