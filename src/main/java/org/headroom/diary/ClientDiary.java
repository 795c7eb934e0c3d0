package org.headroom.diary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A client's diary on their own devices: on or off, the personal link (only its hash is kept), the
 * wrong dates of birth given on it, and the client's reminder choices.
 */
@Entity
@Table(name = "client_diary")
class ClientDiary {

    @Id
    @Column(name = "client_id")
    private Long clientId;

    @Version
    private long version;

    private boolean enabled;

    @Column(name = "link_hash", length = 64)
    private String linkHash;

    @Column(name = "link_created_at")
    private Instant linkCreatedAt;

    @Column(name = "link_created_by")
    private Long linkCreatedBy;

    @Column(name = "wrong_answers", nullable = false)
    private int wrongAnswers;

    @Column(name = "reminder_time")
    private LocalTime reminderTime;

    @Column(name = "reminder_sent_on")
    private LocalDate reminderSentOn;

    @Column(name = "nudge_sent_on")
    private LocalDate nudgeSentOn;

    @Column(name = "unsubscribe_token", nullable = false, length = 64)
    private String unsubscribeToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ClientDiary() {}

    ClientDiary(long clientId, String unsubscribeToken, Instant now) {
        this.clientId = clientId;
        this.unsubscribeToken = unsubscribeToken;
        this.createdAt = now;
    }

    /** Turns the diary on with a new personal link; any earlier link stops working. */
    void newLink(String hash, long userId, Instant now) {
        enabled = true;
        linkHash = hash;
        linkCreatedAt = now;
        linkCreatedBy = userId;
        wrongAnswers = 0;
    }

    void revokeLink() {
        linkHash = null;
    }

    void turnOff() {
        enabled = false;
        linkHash = null;
        reminderTime = null;
    }

    /** Counts a wrong date of birth; the link stops working at the limit. @return attempts left */
    int wrongAnswer(int max) {
        wrongAnswers++;
        int left = Math.max(0, max - wrongAnswers);
        if (left == 0) {
            linkHash = null;
        }
        return left;
    }

    void rightAnswer() {
        wrongAnswers = 0;
    }

    void remindAt(LocalTime time) {
        reminderTime = time;
    }

    Long getClientId() {
        return clientId;
    }

    boolean isEnabled() {
        return enabled;
    }

    boolean hasLink() {
        return linkHash != null;
    }

    Instant getLinkCreatedAt() {
        return linkCreatedAt;
    }

    LocalTime getReminderTime() {
        return reminderTime;
    }

    String getUnsubscribeToken() {
        return unsubscribeToken;
    }

    LocalDate getReminderSentOn() {
        return reminderSentOn;
    }

    LocalDate getNudgeSentOn() {
        return nudgeSentOn;
    }
}
