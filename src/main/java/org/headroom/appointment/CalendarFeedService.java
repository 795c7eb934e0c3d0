package org.headroom.appointment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.base.PublicAddress;
import org.headroom.base.SecretTokens;
import org.headroom.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in therapist's private calendar feed: an iCalendar subscription address with a
 * secret (256 bits, only its hash kept) that a calendar program reads; a new address replaces the
 * old one, and the feed can be stopped. The feed shows times and the client's initials only.
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class CalendarFeedService {

    public static final String PATH_PREFIX = "calendar-feed/";

    private final CalendarFeedRepository feeds;
    private final CurrentUser currentUser;
    private final PublicAddress address;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarFeedService(
            CalendarFeedRepository feeds,
            CurrentUser currentUser,
            PublicAddress address,
            AuditTrail audit,
            Clock clock) {
        this.feeds = feeds;
        this.currentUser = currentUser;
        this.address = address;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the current feed's address was made; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Instant> current() {
        return feeds.findById(currentUser.requireTherapistId()).map(CalendarFeed::getCreatedAt);
    }

    /** A new subscription address (the old one stops working); shown once. */
    public String renew() {
        long therapistId = currentUser.requireTherapistId();
        CalendarFeed feed = feeds.findById(therapistId).orElseGet(() -> new CalendarFeed(therapistId));
        String token = SecretTokens.newToken();
        feed.renew(SecretTokens.hash(token), clock.instant());
        feeds.saveAndFlush(feed);
        audit.change(AuditAction.CREATE, RecordType.APPOINTMENT, null, null, "calendar feed address made");
        return address.of(PATH_PREFIX + token + ".ics");
    }

    public void stop() {
        feeds.findById(currentUser.requireTherapistId()).ifPresent(feed -> {
            feeds.delete(feed);
            audit.change(AuditAction.DELETE, RecordType.APPOINTMENT, null, null, "calendar feed stopped");
        });
    }
}
