package org.headroom.appointment;

import java.util.List;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.RecordNotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice's appointment types, kept by the practice admin: name, length, the buffer kept free
 * after it, and the colour it has in the calendar. A type in use is retired (no longer offered),
 * never deleted; a changed length applies to appointments booked from then on.
 */
@Service
@Transactional
@PreAuthorize("hasRole('PRACTICE_ADMIN')")
public class AppointmentTypeService {

    static final String RECORD = "Appointment type";

    private final AppointmentTypeRepository types;

    AppointmentTypeService(AppointmentTypeRepository types) {
        this.types = types;
    }

    @Transactional(readOnly = true)
    public List<AppointmentTypeForm> all() {
        return types.findAllByOrderByIdAsc().stream()
                .map(AppointmentType::toForm)
                .toList();
    }

    /**
     * Adds a type ({@code form.id} null) or saves a change. Refused, saving nothing: no name, a
     * length or buffer off the five-minute grid or out of range, a colour that is not #rrggbb, or a
     * change someone else saved first.
     */
    public AppointmentTypeForm save(AppointmentTypeForm form) {
        check(form);
        if (form.getId() == null) {
            return types.saveAndFlush(new AppointmentType(form)).toForm();
        }
        AppointmentType type =
                types.findById(form.getId()).orElseThrow(() -> new RecordNotFoundException(RECORD, form.getId()));
        ConcurrentEditException.check(RECORD, form.getId(), form.getVersion(), type.getVersion());
        type.apply(form);
        return types.saveAndFlush(type).toForm();
    }

    private static void check(AppointmentTypeForm form) {
        if (form.getName() == null || form.getName().isBlank()) {
            throw new AppointmentRefusedException("types.name.required");
        }
        if (form.getName().strip().length() > 100) {
            throw new AppointmentRefusedException("types.name.long");
        }
        if (form.getDurationMinutes() < 5
                || form.getDurationMinutes() > 480
                || form.getDurationMinutes() % AppointmentSlot.MINUTES != 0) {
            throw new AppointmentRefusedException("types.duration.invalid");
        }
        if (form.getBufferMinutes() < 0
                || form.getBufferMinutes() > 120
                || form.getBufferMinutes() % AppointmentSlot.MINUTES != 0) {
            throw new AppointmentRefusedException("types.buffer.invalid");
        }
        if (form.getColour() == null || !form.getColour().matches("#[0-9a-fA-F]{6}")) {
            throw new AppointmentRefusedException("types.colour.invalid");
        }
    }
}
