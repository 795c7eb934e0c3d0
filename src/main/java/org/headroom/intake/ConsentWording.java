package org.headroom.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A version of a consent's wording. New wording is a new version (a migration), never an edit. */
@Entity
@Immutable
@Table(name = "consent_text")
class ConsentWording {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_type", nullable = false, length = 30)
    private ConsentType type;

    @Column(name = "text_version", nullable = false)
    private int textVersion;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(nullable = false)
    private boolean current;

    protected ConsentWording() {}

    Long getId() {
        return id;
    }

    ConsentType getType() {
        return type;
    }

    boolean isCurrent() {
        return current;
    }

    ConsentText toText() {
        return new ConsentText(id, type, textVersion, body);
    }
}
