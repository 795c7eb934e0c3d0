package org.headroom.mail;

import java.time.Instant;

/** A message as the Outbox page shows it. */
public record OutboxMessage(
        long id,
        Instant createdAt,
        String recipient,
        String subject,
        String body,
        String attachmentName,
        MailStatus status,
        Instant sentAt,
        String error) {}
