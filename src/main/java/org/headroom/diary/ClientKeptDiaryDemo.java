package org.headroom.diary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import org.headroom.base.SecretTokens;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.client.ClientService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo practice only: makes a demo client one who keeps their own diary on their phone,
 * so that a newcomer sees client-written lines, a device, a medicine list, a questionnaire
 * schedule and the gaps a real diary has. Runs as the client's therapist, through the same access
 * check as every diary service.
 */
@Component
@PreAuthorize("hasRole('THERAPIST')")
public class ClientKeptDiaryDemo {

    private final ClientService clients;
    private final ClientDiaryRepository diaries;
    private final DiaryDeviceRepository devices;
    private final ClientMedicineRepository medicines;
    private final QuestionnaireScheduleRepository schedules;
    private final PeriodFiguresStore periodFigures;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientKeptDiaryDemo(
            ClientService clients,
            ClientDiaryRepository diaries,
            DiaryDeviceRepository devices,
            ClientMedicineRepository medicines,
            QuestionnaireScheduleRepository schedules,
            PeriodFiguresStore periodFigures,
            JdbcTemplate jdbc,
            Clock clock) {
        this.clients = clients;
        this.diaries = diaries;
        this.devices = devices;
        this.medicines = medicines;
        this.schedules = schedules;
        this.periodFigures = periodFigures;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The client has kept the diary themselves since {@code since}: those lines become theirs,
     * written in the evening of their day (a line written the next day or later is late).
     */
    @Transactional
    public void keptByClientSince(long clientId, LocalDate since, long therapistId) {
        clients.checkAccess(clientId);
        var now = clock.instant();
        ClientDiary diary = new ClientDiary(clientId, SecretTokens.newToken(), now);
        diary.newLink(SecretTokens.hash(SecretTokens.newToken()), therapistId, now);
        diary.revokeLink();
        diary.remindAt(LocalTime.of(20, 30));
        diaries.save(diary);
        devices.save(new DiaryDevice(clientId, SecretTokens.hash(SecretTokens.newToken()), "Chrome on Android", now));
        medicines.save(new ClientMedicine(clientId, "Sumatriptan 50 mg", AcuteMedicationClass.TRIPTAN, now));
        medicines.save(new ClientMedicine(clientId, "Ibuprofen 400 mg", AcuteMedicationClass.NSAID, now));
        QuestionnaireSchedule midas = new QuestionnaireSchedule(clientId, Instrument.MIDAS);
        midas.set(90, LocalDate.now(clock).plusDays(30), therapistId, now);
        schedules.save(midas);
        jdbc.update(
                "update diary_entry set source = 'CLIENT',"
                        + " late = (mod(id, 5) = 0),"
                        + " client_saved_at = least(current_timestamp(6),"
                        + "   timestamp(date_add(entry_date, interval (mod(id, 5) = 0) day), '20:30:00')),"
                        + " created_at = least(current_timestamp(6),"
                        + "   timestamp(date_add(entry_date, interval (mod(id, 5) = 0) day), '20:30:00'))"
                        + " where client_id = ? and entry_date >= ?",
                clientId,
                since);
        periodFigures.refresh(clientId);
    }
}
