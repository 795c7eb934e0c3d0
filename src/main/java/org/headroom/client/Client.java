package org.headroom.client;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.headroom.base.AbstractEntity;

/** A person a therapist treats. Belongs to exactly one therapist; archived, never deleted. */
@Entity
@Table(name = "client")
class Client extends AbstractEntity {

    @Column(name = "therapist_id", nullable = false)
    private long therapistId;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "preferred_name", length = 100)
    private String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Column(length = 300)
    private String address;

    @Column(length = 20)
    private String postcode;

    @Column(name = "gp_name", length = 200)
    private String gpName;

    @Column(name = "gp_practice", length = 200)
    private String gpPractice;

    @Column(name = "gp_phone", length = 40)
    private String gpPhone;

    @Column(name = "gp_address", length = 300)
    private String gpAddress;

    @Column(name = "emergency_name", length = 200)
    private String emergencyContactName;

    @Column(name = "emergency_relationship", length = 100)
    private String emergencyContactRelationship;

    @Column(name = "emergency_phone", length = 40)
    private String emergencyContactPhone;

    @Column(length = 4000)
    private String notes;

    @Column(nullable = false)
    private boolean archived;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false)
    private long createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private long updatedBy;

    /** Created by an online booking and not yet looked over by the therapist. */
    @Column(name = "booked_online", nullable = false)
    private boolean bookedOnline;

    @Column(name = "contact_agreed_at")
    private Instant contactAgreedAt;

    protected Client() {}

    Client(long therapistId, long createdBy, Instant now) {
        this.therapistId = therapistId;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.updatedBy = createdBy;
        this.updatedAt = now;
    }

    /** A client who booked online and agreed to be contacted about it. */
    void bookedOnline(Instant agreedAt) {
        bookedOnline = true;
        contactAgreedAt = agreedAt;
    }

    /** The therapist has looked the record over (saved it): no longer "new, booked online". */
    void reviewed() {
        bookedOnline = false;
    }

    void apply(ClientForm form, long userId, Instant now) {
        firstName = form.getFirstName().trim();
        lastName = form.getLastName().trim();
        preferredName = trimToNull(form.getPreferredName());
        dateOfBirth = form.getDateOfBirth();
        email = trimToNull(form.getEmail());
        phone = trimToNull(form.getPhone());
        address = trimToNull(form.getAddress());
        postcode = trimToNull(form.getPostcode());
        gpName = trimToNull(form.getGpName());
        gpPractice = trimToNull(form.getGpPractice());
        gpPhone = trimToNull(form.getGpPhone());
        gpAddress = trimToNull(form.getGpAddress());
        emergencyContactName = trimToNull(form.getEmergencyContactName());
        emergencyContactRelationship = trimToNull(form.getEmergencyContactRelationship());
        emergencyContactPhone = trimToNull(form.getEmergencyContactPhone());
        notes = trimToNull(form.getNotes());
        touch(userId, now);
    }

    void setArchived(boolean archived, long userId, Instant now) {
        this.archived = archived;
        touch(userId, now);
    }

    void reassign(long newTherapistId, long userId, Instant now) {
        this.therapistId = newTherapistId;
        touch(userId, now);
    }

    private void touch(long userId, Instant now) {
        updatedBy = userId;
        updatedAt = now;
    }

    long getTherapistId() {
        return therapistId;
    }

    boolean isArchived() {
        return archived;
    }

    ClientSummary toSummary(LocalDate today) {
        return new ClientRow(
                        getId(), firstName, lastName, preferredName, dateOfBirth, phone, email, archived, bookedOnline)
                .toSummary(today);
    }

    ClientDetails toDetails(LocalDate today) {
        return new ClientDetails(
                getId(),
                getVersion(),
                therapistId,
                firstName,
                lastName,
                preferredName,
                dateOfBirth,
                ClientDetails.ageOn(dateOfBirth, today),
                email,
                phone,
                address,
                postcode,
                gpName,
                gpPractice,
                gpPhone,
                gpAddress,
                emergencyContactName,
                emergencyContactRelationship,
                emergencyContactPhone,
                notes,
                archived,
                createdAt,
                updatedAt,
                bookedOnline);
    }

    ClientAssignment toAssignment() {
        return new ClientAssignment(getId(), getVersion(), firstName, lastName, dateOfBirth, therapistId, archived);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
