package org.headroom.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The practice's contraindication list. Sources disagree on the list and on severities
 * (docs/clinical-rules.md, "Massage contraindications"), so the practice admin edits both; items
 * are deactivated, never deleted, because completed intakes refer to them.
 */
@Service
@Validated
@Transactional
@PreAuthorize("hasAnyRole('THERAPIST', 'PRACTICE_ADMIN')")
public class ContraindicationService {

    private final ContraindicationRepository items;

    ContraindicationService(ContraindicationRepository items) {
        this.items = items;
    }

    @Transactional(readOnly = true)
    public List<ContraindicationItem> all() {
        return items.findAllByOrderBySortOrderAscIdAsc().stream()
                .map(Contraindication::toItem)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ContraindicationItem> active() {
        return all().stream().filter(ContraindicationItem::active).toList();
    }

    @PreAuthorize("hasRole('PRACTICE_ADMIN')")
    public ContraindicationItem update(
            long id,
            long expectedVersion,
            @NotBlank @Size(max = 200) String label,
            @NotNull Severity severity,
            boolean active) {
        Contraindication item =
                items.findById(id).orElseThrow(() -> new RecordNotFoundException("Contraindication", id));
        ConcurrentEditException.check("Contraindication", id, expectedVersion, item.getVersion());
        item.update(label.trim(), severity, active);
        return items.saveAndFlush(item).toItem();
    }

    @PreAuthorize("hasRole('PRACTICE_ADMIN')")
    public ContraindicationItem add(@NotBlank @Size(max = 200) String label, @NotNull Severity severity) {
        String code = "CUSTOM_" + label.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        code = code.length() > 50 ? code.substring(0, 50) : code;
        if (items.findByCode(code).isPresent()) {
            throw new IllegalArgumentException("contraindication.exists");
        }
        return items.save(new Contraindication(code, label.trim(), severity, items.maxSortOrder() + 10))
                .toItem();
    }
}
