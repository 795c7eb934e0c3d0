package org.headroom.diary.ui;

import com.vaadin.flow.component.Component;
import org.headroom.base.Formats;
import org.headroom.diary.DiaryFlag;
import org.headroom.diary.PeriodFigures;

/** Wording shared by the history page and the client page's diary section. */
final class DiaryTexts {

    private DiaryTexts() {}

    static String period(Component c, PeriodFigures p) {
        String range = Formats.date(p.start()) + " – " + Formats.date(p.end());
        return p.isBaseline() ? c.getTranslation("diary.period.baseline", range) : range;
    }

    static String flag(Component c, DiaryFlag flag) {
        PeriodFigures first = flag.periods().getFirst();
        PeriodFigures last = flag.periods().getLast();
        String range = Formats.date(first.start()) + " – " + Formats.date(last.end());
        return c.getTranslation(
                "diary.flag." + flag.kind().name(),
                flag.periods().size(),
                range,
                flag.headacheDaysThreshold(),
                flag.otherThreshold(),
                flag.current() ? 1 : 0);
    }
}
