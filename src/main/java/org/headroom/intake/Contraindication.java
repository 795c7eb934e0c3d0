package org.headroom.intake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.headroom.base.AbstractEntity;

/** An item of the practice's contraindication list, with its severity (a practice setting). */
@Entity
@Table(name = "contraindication")
class Contraindication extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Severity severity;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Contraindication() {}

    Contraindication(String code, String label, Severity severity, int sortOrder) {
        this.code = code;
        this.label = label;
        this.severity = severity;
        this.sortOrder = sortOrder;
    }

    void update(String label, Severity severity, boolean active) {
        this.label = label;
        this.severity = severity;
        this.active = active;
    }

    String getCode() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    ContraindicationItem toItem() {
        return new ContraindicationItem(getId(), getVersion(), code, label, severity, active);
    }

    ContraindicationAnswer toAnswer() {
        return new ContraindicationAnswer(code, label, severity);
    }
}
