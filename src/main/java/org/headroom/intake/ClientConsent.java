package org.headroom.intake;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.headroom.base.AbstractEntity;

/** A consent given or declined. Only withdrawal changes it afterwards, and that is recorded. */
@Entity
@Table(name = "consent")
class ClientConsent extends AbstractEntity {

    static final String IN_PERSON = "IN_PERSON";
    static final String CLIENT_LINK = "CLIENT_LINK";

    @Column(name = "client_id", nullable = false, updatable = false)
    private long clientId;

    @Column(name = "intake_id", updatable = false)
    private Long intakeId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "consent_text_id", nullable = false, updatable = false)
    private ConsentWording wording;

    @Column(nullable = false, updatable = false)
    private boolean granted;

    @Column(name = "signer_name", nullable = false, length = 200, updatable = false)
    private String signerName;

    @Enumerated(EnumType.STRING)
    @Column(name = "signer_role", nullable = false, length = 30, updatable = false)
    private SignerRole signerRole;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "signature_png", updatable = false, columnDefinition = "mediumblob")
    private byte[] signaturePng;

    @Column(name = "typed_signature", nullable = false, updatable = false)
    private boolean typedSignature;

    @Column(name = "taken_via", nullable = false, length = 20, updatable = false)
    private String takenVia;

    @Column(name = "taken_by", updatable = false)
    private Long takenBy;

    @Column(name = "given_at", nullable = false, updatable = false)
    private Instant givenAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private Long withdrawnBy;

    @Column(name = "withdrawal_note", length = 1000)
    private String withdrawalNote;

    protected ClientConsent() {}

    ClientConsent(
            long clientId,
            Long intakeId,
            ConsentWording wording,
            ConsentSubmission submission,
            String takenVia,
            Long takenBy,
            Instant now) {
        this.clientId = clientId;
        this.intakeId = intakeId;
        this.wording = wording;
        this.granted = submission.isGranted();
        this.signerName = submission.getSignerName().trim();
        this.signerRole = submission.getSignerRole();
        this.signaturePng = submission.getSignaturePng();
        this.typedSignature = submission.getSignaturePng() == null;
        this.takenVia = takenVia;
        this.takenBy = takenBy;
        this.givenAt = now;
    }

    long getClientId() {
        return clientId;
    }

    ConsentType type() {
        return wording.getType();
    }

    byte[] getSignaturePng() {
        return signaturePng;
    }

    boolean isWithdrawn() {
        return withdrawnAt != null;
    }

    void withdraw(long userId, String note, Instant now) {
        if (withdrawnAt != null) {
            throw new IllegalStateException("Consent " + getId() + " was already withdrawn");
        }
        this.withdrawnAt = now;
        this.withdrawnBy = userId;
        this.withdrawalNote = note;
    }

    ConsentRecord toRecord() {
        ConsentText text = wording.toText();
        return new ConsentRecord(
                getId(),
                text.type(),
                text.version(),
                text.body(),
                granted,
                signerName,
                signerRole,
                signaturePng != null,
                typedSignature,
                takenVia,
                takenBy,
                givenAt,
                withdrawnAt,
                withdrawnBy,
                withdrawalNote);
    }
}
