package org.headroom.diary.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.headroom.Fixtures;
import org.headroom.ViewTest;
import org.headroom.client.ClientDetails;
import org.headroom.diary.DiaryService;
import org.headroom.diary.EntryKind;
import org.headroom.diary.MidasGrade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

class MigraineHistoryViewTest extends ViewTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired
    DiaryService diary;

    @Autowired
    Fixtures fixtures;

    @Test
    @WithUserDetails(ANNA)
    void clicking_a_day_adds_an_attack_that_shows_in_the_calendar_and_the_figures() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Cal", "Endar");
        MigraineHistoryView view = open(client);
        // Last month, whose days are all past: on the first of a month, the first at 07:00 may be
        // still to come, and the diary refuses an attack that has not happened.
        test(find(Button.class).id("month-previous")).click();
        LocalDate day = TODAY.minusMonths(1).withDayOfMonth(1);

        test(find(Button.class).id("day-" + day)).click();
        DiaryEntryDialog dialog = find(DiaryEntryDialog.class).single();
        assertThat(dialog.date.getValue()).isEqualTo(day);
        test(dialog.startTime).setValue(LocalTime.of(7, 0));
        test(dialog.durationHours).setValue(5.0);
        test(dialog.save).click();
        assertThat(dialog.intensity.isInvalid())
                .as("an attack needs its intensity")
                .isTrue();
        assertThat(dialog.intensity.getErrorMessage()).isEqualTo("Enter the peak intensity, 0 to 10.");
        assertThat(diary.entries(client.id(), day, day)).isEmpty();

        test(dialog.intensity).setValue(8);
        test(dialog.migraine).click();
        test(dialog.save).click();

        Button cell = find(Button.class).id("day-" + day);
        assertThat(cell.getElement().getTextRecursively()).contains("8 M");
        assertThat(cell.getAriaLabel().orElseThrow()).contains("intensity 8", "migraine");
        assertThat(cell.getClassNames()).contains("hr-day-severe");
        assertThat(diary.summary(client.id()).periods().stream()
                        .mapToInt(p -> p.headacheDays())
                        .sum())
                .isEqualTo(1);
        assertThat(test(view.figures).size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_long_attack_needs_confirmation_and_an_overlap_is_refused_at_the_field() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Long", "Attack");
        open(client);
        LocalDate day = TODAY.minusDays(5);
        ((MigraineHistoryView) getCurrentView()).openDay(day);
        DiaryEntryDialog dialog = find(DiaryEntryDialog.class).single();
        test(dialog.startTime).setValue(LocalTime.of(9, 0));
        test(dialog.durationHours).setValue(80.0);
        test(dialog.intensity).setValue(6);
        test(dialog.save).click();
        assertThat(dialog.durationHours.getErrorMessage()).startsWith("Over 72 hours is unusual");
        assertThat(diary.entries(client.id(), day, day)).isEmpty();

        test(dialog.durationHours).setValue(3.0);
        test(dialog.save).click();
        ((MigraineHistoryView) getCurrentView()).openDay(day);
        test(find(Button.class).id("day-add")).click();
        DiaryEntryDialog second = find(DiaryEntryDialog.class).single();
        test(second.startTime).setValue(LocalTime.of(10, 0));
        test(second.durationHours).setValue(1.0);
        test(second.intensity).setValue(4);
        test(second.save).click();
        assertThat(second.startTime.getErrorMessage())
                .isEqualTo("This attack overlaps another one already in the diary.");
        assertThat(diary.entries(client.id(), day, day)).hasSize(1);
    }

    @Test
    @WithUserDetails(ANNA)
    void a_paper_month_is_transcribed_from_one_dialog() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Paper", "Month");
        open(client);
        // Last month, whole: this month's dialog has a row for each day up to today only.
        test(find(Button.class).id("month-previous")).click();
        test(find(Button.class).id("diary-transcribe")).click();
        TranscribeMonthDialog dialog = find(TranscribeMonthDialog.class).single();
        dialog.rows.get(0).intensity().setValue(6);
        dialog.rows.get(0).doses().setValue(2);
        dialog.rows.get(1).intensity().setValue(TranscribeMonthDialog.NO_HEADACHE);
        test(dialog.save).click();

        YearMonth month = YearMonth.from(TODAY).minusMonths(1);
        var entries = diary.entries(client.id(), month.atDay(1), month.atDay(2));
        assertThat(entries).extracting(e -> e.kind()).containsExactly(EntryKind.ATTACK, EntryKind.HEADACHE_FREE);
        assertThat(entries.getFirst().medicationDoses()).isEqualTo(2);
        assertThat(find(Button.class).id("day-" + month.atDay(2)).getElement().getTextRecursively())
                .contains("✓");
    }

    @Test
    @WithUserDetails(ANNA)
    void midas_is_scored_on_saving_and_questions_are_required() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Mid", "As");
        open(client);
        test(find(Button.class).id("record-midas")).click();
        test(find(Button.class).id("midas-save")).click();
        assertThat(find(IntegerField.class).id("midas-q1").isInvalid()).isTrue();
        assertThat(diary.summary(client.id()).midas()).isEmpty();

        for (String q : new String[] {"q1", "q2", "q3", "q4", "q5"}) {
            test(find(IntegerField.class).id("midas-" + q)).setValue(3);
        }
        test(find(Button.class).id("midas-save")).click();
        assertThat(diary.summary(client.id()).midas().getFirst().grade()).isEqualTo(MidasGrade.III);
        @SuppressWarnings("unchecked")
        var grid = test((com.vaadin.flow.component.grid.Grid<org.headroom.diary.MidasResult>)
                find(com.vaadin.flow.component.grid.Grid.class).id("midas-grid"));
        assertThat(grid.getCellText(0, 1)).isEqualTo("15");
        assertThat(grid.getCellText(0, 2)).isEqualTo("Grade III: moderate disability");
        assertThat(grid.getCellText(0, 3)).as("who recorded it").isEqualTo("Anna Therapist");
        assertThat(find(Dialog.class).withId("midas-dialog").exists()).isFalse();
    }

    @Test
    @WithUserDetails(ANNA)
    void hit6_entry_says_the_questions_are_not_shipped() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Hit", "Six");
        open(client);
        test(find(Button.class).id("record-hit6")).click();
        assertThat(find(Dialog.class).id("hit6-dialog").getElement().getTextRecursively())
                .contains("copyright QualityMetric", "not included in Headroom");
        test(find(IntegerField.class).id("hit6-total")).setValue(37);
        test(find(Button.class).id("hit6-save")).click();
        assertThat(find(IntegerField.class).id("hit6-total").isInvalid()).isTrue();
        test(find(IntegerField.class).id("hit6-total")).setValue(60);
        test(find(Button.class).id("hit6-save")).click();
        assertThat(diary.summary(client.id()).hit6().getFirst().total()).isEqualTo(60);
    }

    @Test
    @WithUserDetails(ANNA)
    void five_hit6_answers_are_refused_at_the_missing_answer_not_under_the_total() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Five", "Answers");
        open(client);
        test(find(Button.class).id("record-hit6")).click();
        int[] answers = {13, 11, 10, 10, 8};
        for (int i = 0; i < answers.length; i++) {
            @SuppressWarnings("unchecked")
            com.vaadin.flow.component.select.Select<Integer> item =
                    find(com.vaadin.flow.component.select.Select.class).id("hit6-item" + (i + 1));
            item.setValue(answers[i]);
        }
        test(find(Button.class).id("hit6-save")).click();
        var sixth = find(com.vaadin.flow.component.select.Select.class).id("hit6-item6");
        assertThat(sixth.isInvalid()).isTrue();
        assertThat(sixth.getErrorMessage())
                .isEqualTo("This answer is missing: give all six answers, or clear them and give only the total.");
        assertThat(find(IntegerField.class).id("hit6-total").isInvalid()).isFalse();
        assertThat(diary.summary(client.id()).hit6()).isEmpty();
    }

    @Test
    @WithUserDetails(ANNA)
    void periods_without_entries_are_left_out_and_the_client_page_shows_the_latest_period_with_entries() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Stopped", "Writing");
        LocalDate baseline = LocalDate.now().minusDays(200);
        diary.setBaseline(client.id(), baseline);
        for (int day : new int[] {2, 9, 16, 30, 37}) {
            var form = org.headroom.diary.DiaryEntryForm.attackOn(baseline.plusDays(day));
            form.setStartTime(LocalTime.of(9, 0));
            form.setDurationHours(2.0);
            form.setIntensity(5);
            diary.save(client.id(), null, form);
        }
        open(client);
        var grid = test(find(com.vaadin.flow.component.grid.Grid.class).id("figures"));
        assertThat(grid.size())
                .as("the baseline and the one period with entries")
                .isEqualTo(2);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class)
                        .id("figures-empty-left-out")
                        .getText())
                .matches("\\d+ periods with no diary entries are not shown\\.");

        navigateTo("clients/" + client.id());
        String card = find(com.vaadin.flow.component.card.Card.class)
                .id("diary-card")
                .getElement()
                .getTextRecursively();
        assertThat(card)
                .contains("Latest period with entries ("
                        + org.headroom.base.Formats.date(baseline.plusDays(28)) + " – "
                        + org.headroom.base.Formats.date(baseline.plusDays(55))
                        + "): not enough diary (2 days of 28 recorded)")
                .contains("Nothing has been recorded in the diary since "
                        + org.headroom.base.Formats.date(baseline.plusDays(55)));
    }

    @Test
    @WithUserDetails(BEN)
    void another_therapists_client_history_is_not_found() {
        ClientDetails client = fixtures.diaryClientOf(ANNA, "Not", "Yours");
        assertThat(navigateTo("clients/" + client.id() + "/history").getClass().getSimpleName())
                .isEqualTo("NotFoundView");
    }

    private MigraineHistoryView open(ClientDetails client) {
        navigateTo("clients/" + client.id());
        test(find(Button.class).id("open-history")).click();
        return (MigraineHistoryView) getCurrentView();
    }
}
