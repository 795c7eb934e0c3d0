package org.headroom.diary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryAccessService;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The therapist's side of the client's own diary: starting it with a QR code, what the client page
 * says about it, revoking a device, and the calendar saying who recorded each line with the
 * client's original beside a correction.
 */
class ClientDiarySectionTest extends ViewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    ClientDiaryService clientDiary;

    @Autowired
    DiaryAccessService access;

    @Autowired
    DiaryService diary;

    @Test
    @WithUserDetails(ANNA)
    void the_therapist_starts_the_diary_with_a_qr_code_and_sees_how_the_client_keeps_it() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Quinn", Fixtures.unique("Card"));
        navigateTo("clients/" + client.id());
        assertThat(text("client-diary-card")).contains("Off: only you record the diary");

        test(find(Button.class).id("client-diary-start")).click();
        DiaryLinkDialog dialog = find(DiaryLinkDialog.class).single();
        assertThat(find(Image.class).id("diary-link-qr").getSrc()).isNotBlank();
        String address = find(Span.class).id("diary-link-address").getText();
        assertThat(address).contains("/diary/start/");
        test(find(Button.class).id("diary-link-done")).click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(text("client-diary-card")).contains("a personal link is waiting to be used");

        String link = address.substring(address.indexOf("/diary/start/") + "/diary/start/".length());
        String phone = clientDiary.registerDevice(link, LocalDate.of(1984, 5, 17), "Safari on iPhone");
        clientDiary.saveDay(phone, null, free(TODAY), Map.of(), "a");
        clientDiary.remindAt(phone, LocalTime.of(21, 0));

        navigateTo("clients/" + client.id());
        assertThat(text("client-diary-card"))
                .contains("On: the client keeps their diary on their phone")
                .contains("Last entry: " + org.headroom.base.Formats.date(TODAY) + ", by the client.")
                .contains("1 day recorded in the last 28.")
                .contains("Daily reminders at 21:00.")
                .contains("Safari on iPhone");
        long deviceId = access.access(client.id()).devices().getFirst().id();
        test(find(Button.class).id("revoke-device-" + deviceId)).click();
        assertThat(clientDiary.deviceKnown(phone)).isFalse();
        assertThat(text("client-diary-card")).contains("Safari on iPhone", "revoked");
    }

    @Test
    @WithUserDetails(ANNA)
    void the_day_says_who_recorded_each_line_and_keeps_the_client_original_beside_a_correction() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Rowan", Fixtures.unique("Card"));
        String link = access.start(client.id()).path().substring(DiaryAccessService.LINK_PREFIX.length());
        String phone = clientDiary.registerDevice(link, LocalDate.of(1984, 5, 17), "Phone");
        DiaryEntryForm attack = DiaryEntryForm.attackOn(TODAY);
        attack.setStartTime(LocalTime.of(0, 5));
        attack.setDurationHours(0.25);
        attack.setIntensity(7);
        DiaryEntryData line =
                clientDiary.saveDay(phone, null, attack, Map.of(), "a").entry();
        DiaryEntryForm correction = DiaryEntryForm.from(line);
        correction.setIntensity(5);
        diary.save(client.id(), line.id(), correction);

        navigateTo("clients/" + client.id() + "/history");
        test(find(Button.class).id("day-" + TODAY)).click();
        assertThat(find(Span.class).id("entry-origin-" + line.id()).getText())
                .startsWith("Recorded by the client on their phone")
                .contains("Corrected by the therapist");
        assertThat(find(Span.class).id("entry-original-" + line.id()).getText())
                .isEqualTo("The client's own entry: Attack from 00:05, intensity 7, 0.3 hours");
    }

    private String text(String id) {
        return find(Card.class).id(id).getElement().getTextRecursively();
    }

    private static DiaryEntryForm free(LocalDate day) {
        DiaryEntryForm form = DiaryEntryForm.attackOn(day);
        form.setKind(org.headroom.diary.EntryKind.HEADACHE_FREE);
        return form;
    }
}
