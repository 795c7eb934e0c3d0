package org.headroom.diary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import org.headroom.base.Formats;
import org.headroom.base.RecordNotFoundException;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.diary.DiaryEntryData;
import org.headroom.diary.DiaryEntryForm;
import org.headroom.diary.DiaryService;
import org.headroom.diary.DiarySummary;
import org.headroom.diary.PeriodFigures;
import org.headroom.intake.ConsentType;
import org.headroom.intake.IntakeService;
import org.headroom.intake.TreatmentStatus;
import org.headroom.intake.ui.ScreeningPanel;
import org.headroom.security.UserDirectory;

/**
 * A client's migraine history on one page: the profile from the intake, warnings and diary
 * patterns, the diary calendar, the figures per 28-day period against the baseline, and the
 * instrument scores over time.
 */
@Route("clients/:clientId(\\d+)/history")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class MigraineHistoryView extends VerticalLayout implements BeforeEnterObserver {

    private final DiaryService diary;
    private final ClientService clients;
    private final IntakeService intakes;
    private final Clock clock;
    private final UserDirectory directory;
    private ClientDetails client;
    private YearMonth month;
    final MonthCalendar calendar = new MonthCalendar(this::openDay);
    final Grid<PeriodFigures> figures = new Grid<>();
    private final Span monthLabel = new Span();
    private DiarySummary summary;
    private boolean mayKeepHealthData;

    private final org.headroom.base.clinical.ClinicalSettings settings;

    MigraineHistoryView(
            DiaryService diary,
            ClientService clients,
            IntakeService intakes,
            UserDirectory directory,
            org.headroom.base.clinical.ClinicalSettings settings,
            Clock clock) {
        this.directory = directory;
        this.settings = settings;
        this.diary = diary;
        this.clients = clients;
        this.intakes = intakes;
        this.clock = clock;
        addClassName("hr-page");
        setId("history-page");
        setMaxWidth("72rem");
        configureFigures();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            client = clients.get(event.getRouteParameters().getLong("clientId").orElseThrow());
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        month = YearMonth.now(clock);
        render();
    }

    void render() {
        removeAll();
        summary = diary.summary(client.id());
        TreatmentStatus status = intakes.status(client.id());
        mayKeepHealthData = status.consents().has(ConsentType.HEALTH_DATA);
        ScreeningPanel warnings = new ScreeningPanel();
        warnings.show(status.readiness(), status.screening().orElse(null));
        add(
                new H1(getTranslation("diary.title", client.fullName())),
                backToClient(),
                warnings,
                new IntakeProfile(status),
                flags(),
                consentNotice(),
                actions(),
                monthBar(),
                calendar,
                figuresGrid(),
                new InstrumentTables(summary, recorders(), clock.getZone()));
        showMonth();
    }

    private java.util.Map<Long, String> recorders() {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        summary.midas().forEach(m -> ids.add(m.recordedBy()));
        summary.hit6().forEach(h -> ids.add(h.recordedBy()));
        summary.ratings().forEach(r -> ids.add(r.recordedBy()));
        return directory.names(ids);
    }

    private Component flags() {
        Div box = new Div();
        box.setId("diary-flags");
        summary.flags().forEach(f -> {
            Div block = new Div(new Span(VaadinIcon.WARNING.create(), new Span(DiaryTexts.flag(this, f))));
            block.addClassNames("hr-screening-block", "hr-alert");
            box.add(block);
        });
        return box;
    }

    /** Without consent to keep health data nothing can be recorded: say so, and what to do. */
    private Component consentNotice() {
        Div notice = new Div();
        notice.setId("diary-consent-missing");
        if (!mayKeepHealthData) {
            notice.add(new Span(VaadinIcon.INFO_CIRCLE.create(), new Span(getTranslation("diary.consent-missing"))));
            notice.addClassNames("hr-screening-block", "hr-alert");
        }
        return notice;
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout(
                button("diary-add", "diary.entry.new", VaadinIcon.PLUS, () -> openDay(LocalDate.now(clock))),
                button("diary-transcribe", "diary.transcribe", VaadinIcon.TABLE, () -> new TranscribeMonthDialog(
                                diary, client.id(), month, this::render)
                        .open()),
                button("record-midas", "midas.record", VaadinIcon.CLIPBOARD, () -> InstrumentDialogs.midas(
                                diary, client.id(), this::render)
                        .open()),
                button("record-hit6", "hit6.record", VaadinIcon.CLIPBOARD, () -> InstrumentDialogs.hit6(
                                diary, client.id(), this::render)
                        .open()),
                button("record-ratings", "rating.record", VaadinIcon.SLIDERS, () -> InstrumentDialogs.ratings(
                                diary, client.id(), this::render)
                        .open()),
                button("set-baseline", "diary.baseline.set", VaadinIcon.FLAG, () -> InstrumentDialogs.baseline(
                                diary, client.id(), summary.baselineStart(), this::render)
                        .open()));
        bar.setWrap(true);
        return bar;
    }

    private Component backToClient() {
        com.vaadin.flow.component.html.Anchor back = new com.vaadin.flow.component.html.Anchor(
                "clients/" + client.id(), getTranslation("diary.back-to-client", client.fullName()));
        back.setId("history-back");
        return back;
    }

    private Component monthBar() {
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> {
            month = month.minusMonths(1);
            showMonth();
        });
        previous.setId("month-previous");
        previous.setAriaLabel(getTranslation("diary.month.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> {
            month = month.plusMonths(1);
            showMonth();
        });
        next.setId("month-next");
        next.setAriaLabel(getTranslation("diary.month.next"));
        monthLabel.setId("month-label");
        monthLabel.addClassName("hr-month-label");
        HorizontalLayout bar = new HorizontalLayout(previous, monthLabel, next);
        bar.setAlignItems(Alignment.CENTER);
        return bar;
    }

    private void showMonth() {
        monthLabel.setText(month.getMonth().getDisplayName(TextStyle.FULL, Formats.LOCALE) + " " + month.getYear());
        calendar.show(month, monthEntries(), LocalDate.now(clock));
    }

    private List<DiaryEntryData> monthEntries() {
        return diary.entries(client.id(), month.atDay(1).minusDays(11), month.atEndOfMonth());
    }

    void openDay(LocalDate date) {
        if (!mayKeepHealthData) {
            org.headroom.base.ui.Notifications.problem(getTranslation("diary.consent-missing"));
            return;
        }
        List<DiaryEntryData> onDay =
                monthEntries().stream().filter(e -> e.date().equals(date)).toList();
        if (onDay.isEmpty()) {
            new DiaryEntryDialog(diary, client.id(), null, DiaryEntryForm.attackOn(date), this::render).open();
        } else {
            new DayDialog(diary, client.id(), date, onDay, clock.getZone(), this::render).open();
        }
    }

    private Button button(String id, String key, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(key), icon.create(), e -> action.run());
        button.setId(id);
        // Recording needs consent to keep health data; setting the baseline date does not.
        button.setEnabled(mayKeepHealthData || "set-baseline".equals(id));
        return button;
    }

    private void configureFigures() {
        figures.setId("figures");
        figures.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        figures.addColumn(p -> DiaryTexts.period(this, p))
                .setHeader(getTranslation("diary.figures.period"))
                .setFlexGrow(2);
        // A period with too few recorded days says "not enough diary" rather than a number that would
        // read as a count (docs/clinical-rules.md, "Diary completeness").
        figures.addColumn(p -> p.enoughDiary() ? String.valueOf(p.headacheDays()) : getTranslation("diary.not-enough"))
                .setHeader(getTranslation("diary.figures.headacheDays"))
                .setFlexGrow(2);
        figures.addColumn(p -> p.enoughDiary() ? String.valueOf(p.migraineDays()) : "")
                .setHeader(getTranslation("diary.figures.migraineDays"));
        figures.addColumn(p -> p.enoughDiary() ? String.valueOf(p.attacks()) : "")
                .setHeader(getTranslation("diary.figures.attacks"));
        figures.addColumn(p -> p.enoughDiary() ? Formats.decimal(p.meanPeakIntensity()) : "")
                .setHeader(getTranslation("diary.figures.intensity"));
        figures.addColumn(p -> p.enoughDiary() ? Formats.decimal(p.meanDurationHours()) : "")
                .setHeader(getTranslation("diary.figures.duration"));
        figures.addColumn(p -> p.enoughDiary() ? String.valueOf(p.acuteMedicationDays()) : "")
                .setHeader(getTranslation("diary.figures.medicationDays"));
        figures.addColumn(p -> p.recordedDays() + (p.complete() ? "" : " *"))
                .setHeader(getTranslation("diary.figures.recorded"));
    }

    private Component figuresGrid() {
        // Periods with nothing recorded are left out: their zeros would read as headache-free.
        List<PeriodFigures> shown = summary.periodsWithEntries();
        figures.setItems(shown.reversed());
        figures.setPartNameGenerator(p -> p.isBaseline() ? "baseline" : null);
        figures.setAllRowsVisible(true);
        Div box = new Div(
                new H3(getTranslation("diary.figures.title")),
                figures,
                new Span(getTranslation("diary.figures.note", settings.minRecordedDays())));
        int hidden = summary.periods().size() - shown.size();
        if (hidden > 0) {
            Paragraph left = new Paragraph(getTranslation("diary.figures.empty-left-out", hidden));
            left.setId("figures-empty-left-out");
            box.add(left);
        }
        box.setWidthFull();
        return box;
    }
}
