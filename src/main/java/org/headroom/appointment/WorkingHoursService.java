package org.headroom.appointment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.headroom.base.RecordNotFoundException;
import org.headroom.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in therapist's working week (stretches per weekday; two stretches make a break),
 * days off, and whether their free times are offered online. Free times for booking are computed
 * from these (docs/adr/0018).
 */
@Service
@Transactional
@PreAuthorize("hasRole('THERAPIST')")
public class WorkingHoursService {

    private final WorkingHoursRepository hours;
    private final DayOffRepository daysOff;
    private final OnlineBookingRepository online;
    private final CurrentUser currentUser;
    private final Clock clock;

    WorkingHoursService(
            WorkingHoursRepository hours,
            DayOffRepository daysOff,
            OnlineBookingRepository online,
            CurrentUser currentUser,
            Clock clock) {
        this.hours = hours;
        this.daysOff = daysOff;
        this.online = online;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The working week, by weekday and start. */
    @Transactional(readOnly = true)
    public List<WorkingStretch> week() {
        return sorted(hours.findByTherapistId(currentUser.requireTherapistId()).stream()
                .map(WorkingHours::toStretch)
                .toList());
    }

    /**
     * Replaces the working week. Refused, saving nothing: a stretch that does not end after it
     * starts, times off the five-minute grid, or stretches of one day that overlap.
     */
    public List<WorkingStretch> setWeek(List<WorkingStretch> week) {
        List<WorkingStretch> checked = sorted(week);
        WorkingStretch before = null;
        for (WorkingStretch s : checked) {
            if (s.day() == null || s.starts() == null || s.ends() == null) {
                throw new AppointmentRefusedException("hours.incomplete");
            }
            if (!s.ends().isAfter(s.starts())) {
                throw new AppointmentRefusedException("hours.ends-before-start");
            }
            if (s.starts().getMinute() % AppointmentSlot.MINUTES != 0
                    || s.ends().getMinute() % AppointmentSlot.MINUTES != 0
                    || s.starts().getSecond() != 0
                    || s.ends().getSecond() != 0) {
                throw new AppointmentRefusedException("appointment.time.step");
            }
            if (before != null && before.day() == s.day() && s.starts().isBefore(before.ends())) {
                throw new AppointmentRefusedException("hours.overlap");
            }
            before = s;
        }
        long therapistId = currentUser.requireTherapistId();
        hours.deleteByTherapistId(therapistId);
        hours.flush();
        hours.saveAll(
                checked.stream().map(s -> new WorkingHours(therapistId, s)).toList());
        return checked;
    }

    /** Days off from today on. */
    @Transactional(readOnly = true)
    public List<DaysOff> daysOff() {
        return daysOff
                .findByTherapistIdAndLastDayGreaterThanEqualOrderByFirstDayAsc(
                        currentUser.requireTherapistId(), LocalDate.now(clock))
                .stream()
                .map(DayOff::toInfo)
                .toList();
    }

    /**
     * Adds days off. Appointments already booked on them stay (the therapist moves or cancels
     * them); no new ones are offered.
     */
    public DaysOff addDaysOff(LocalDate first, LocalDate last, String note) {
        if (first == null || last == null) {
            throw new AppointmentRefusedException("hours.days-off.required");
        }
        if (last.isBefore(first)) {
            throw new AppointmentRefusedException("hours.days-off.order");
        }
        if (note != null && note.length() > 200) {
            throw new AppointmentRefusedException("hours.days-off.note");
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        return daysOff.save(new DayOff(currentUser.requireTherapistId(), first, last, cleaned))
                .toInfo();
    }

    public void removeDaysOff(long id) {
        long therapistId = currentUser.requireTherapistId();
        DayOff off = daysOff.findById(id)
                .filter(d -> d.getTherapistId() == therapistId)
                .orElseThrow(() -> new RecordNotFoundException("Days off", id));
        daysOff.delete(off);
    }

    /** Whether the therapist's free times are offered on the public booking page (yes until turned off). */
    @Transactional(readOnly = true)
    public boolean onlineBooking() {
        return online.findById(currentUser.requireTherapistId())
                .map(OnlineBooking::isEnabled)
                .orElse(true);
    }

    public void setOnlineBooking(boolean enabled) {
        long therapistId = currentUser.requireTherapistId();
        OnlineBooking setting = online.findById(therapistId).orElseGet(() -> new OnlineBooking(therapistId, enabled));
        setting.setEnabled(enabled);
        online.save(setting);
    }

    static List<WorkingStretch> sorted(List<WorkingStretch> week) {
        List<WorkingStretch> copy = new ArrayList<>(week);
        copy.sort(Comparator.comparing(
                        (WorkingStretch s) -> s.day() == null ? 0 : s.day().getValue())
                .thenComparing(s -> s.starts() == null ? java.time.LocalTime.MIN : s.starts()));
        return copy;
    }
}
