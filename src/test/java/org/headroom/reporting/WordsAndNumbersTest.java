package org.headroom.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.headroom.base.Formats;
import org.junit.jupiter.api.Test;

/** Counts read as English at 0, 1 and many; day counts and percents print as a reader writes them. */
class WordsAndNumbersTest {

    private final BundleTexts t = BundleTexts.INSTANCE;

    @Test
    void counts_take_the_singular_for_one_and_the_plural_otherwise() {
        assertThat(t.t("public.wrong-dob", 1)).endsWith("1 attempt is left.");
        assertThat(t.t("public.wrong-dob", 3)).endsWith("3 attempts are left.");
        assertThat(t.t("public.wrong-dob", 0)).endsWith("No attempts are left.");
        assertThat(t.t("report.diary.title", "1 Jan 2026", 1)).endsWith("(1 period compared)");
        assertThat(t.t("report.diary.title", "1 Jan 2026", 4)).endsWith("(4 periods compared)");
        assertThat(t.t("report.summary.sessions", 1, "2", 0, 2.0))
                .isEqualTo("Across 1 session, pain fell by 2 points on average during a session; none showed a"
                        + " meaningful fall.");
        assertThat(t.t("report.summary.sessions", 12, "2", 5, 2.0)).startsWith("Across 12 sessions,");
        assertThat(t.t("report.summary.sessions", 3, "1", 1, 1.0)).contains("pain fell by 1 point on average");
        assertThat(t.t("report.summary.sessions.rose", 3, "0.5", 0, 0.5)).contains("pain rose by 0.5 points");
        assertThat(t.t("diary.day.line", "07:00", 6, "1", 1.0)).endsWith("intensity 6, 1 hour");
        assertThat(t.t("diary.day.line", "07:00", 6, "1.5", 1.5)).endsWith("intensity 6, 1.5 hours");
        assertThat(t.t("cds.schedule", "MIDAS", 1, "1 Mar 2026")).isEqualTo("MIDAS every day, next due 1 Mar 2026.");
        assertThat(t.t("cds.schedule", "MIDAS", 90, "1 Mar 2026")).startsWith("MIDAS every 90 days,");
        assertThat(t.t("bk.manage.policy", 1L)).startsWith("Please cancel at least 1 hour before;");
        assertThat(t.t("bk.manage.policy", 24L)).startsWith("Please cancel at least 24 hours before;");
        assertThat(t.t("bk.manage.cancel.late", 1L)).startsWith("It is less than 1 hour away,");
        assertThat(t.t("mail.appointment.confirmed.text", "Ann", "", "", "", "", "", 1L, "", ""))
                .contains("at least 1 hour before if you cannot come");
        assertThat(t.t("report.summary.headache.fell", "8", "4", "50", 1))
                .endsWith("comparing the baseline with 1 later 28-day period.");
        assertThat(t.t("diary.card.latest", 1, 0, 27, "1 Mar 2026", "28 Mar 2026"))
                .isEqualTo("Latest period with entries (1 Mar 2026 – 28 Mar 2026): 1 headache day in 27 recorded days,"
                        + " no migraine days");
        assertThat(t.t("diary.card.latest.not-enough", 2, 28, "1 Mar 2026", "28 Mar 2026"))
                .isEqualTo("Latest period with entries (1 Mar 2026 – 28 Mar 2026): not enough diary (2 days of 28"
                        + " recorded)");
        assertThat(t.t("diary.transcribe.skipped", 1)).contains("1 day already in the diary was left as it was");
        assertThat(t.t("outcomes.midas-change.n", 1)).contains("(1 client with two or more scores)");
        assertThat(String.join("\n", t.all())).doesNotContain("(s)").doesNotContain("(es)");
    }

    @Test
    void day_counts_are_whole_and_percents_have_no_decimals() {
        assertThat(Formats.decimal(12.0)).isEqualTo("12");
        assertThat(Formats.decimal(4.33)).isEqualTo("4.3");
        assertThat(Formats.signed(-3.0)).isEqualTo("-3");
        assertThat(Formats.signed(1.5)).isEqualTo("+1.5");
        assertThat(Formats.signed(0.0)).isEqualTo("0");
        assertThat(Formats.percent(-100.0)).isEqualTo("-100 %");
        assertThat(Formats.percent(-62.5)).isEqualTo("-63 %");
        assertThat(Formats.percent(null)).isEqualTo("—");
    }
}
