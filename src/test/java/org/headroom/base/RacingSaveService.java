package org.headroom.base;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves as the services do, arranged so that the database, not the version check, refuses one.
 * Named like a service so the translation applies; a plain component, so the access matrix of the
 * real services leaves it out.
 */
@Component
class RacingSaveService {

    private final DiaryService diary;

    RacingSaveService(DiaryService diary) {
        this.diary = diary;
    }

    public void saveRefusedByTheDatabase() {
        throw new ObjectOptimisticLockingFailureException(Object.class, 1L);
    }

    @Transactional
    public DiaryEntryData saveAfterBothRead(
            long clientId, DiaryEntryData line, int intensity, CountDownLatch bothRead) {
        diary.entries(clientId, line.date(), line.date());
        bothRead.countDown();
        try {
            bothRead.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        DiaryEntryForm form = DiaryEntryForm.from(line);
        form.setIntensity(intensity);
        return diary.save(clientId, line.id(), form);
    }
}
