package org.headroom.intake.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
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
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.Formats;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.clinical.ClinicalSettings;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.ConcurrentEditDialog;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.intake.ConsentService;
import org.headroom.intake.ContraindicationItem;
import org.headroom.intake.ContraindicationService;
import org.headroom.intake.DecisionRecord;
import org.headroom.intake.IncompleteIntakeException;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.IntakeDetails;
import org.headroom.intake.IntakeLockedException;
import org.headroom.intake.IntakeService;
import org.headroom.intake.IntakeStatus;
import org.headroom.intake.Screening;

/**
 * One intake version: the form (read-only once completed), the live screening, the decision on
 * any flags, and the consents. A client's own submission is reviewed and accepted here.
 */
@Route("clients/:clientId(\\d+)/intakes/:intakeId(\\d+)")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class IntakeView extends VerticalLayout implements BeforeEnterObserver {

    private final IntakeService intakes;
    private final ConsentService consents;
    private final ContraindicationService contraindications;
    private final ClientService clients;
    private final ClinicalSettings settings;
    private final Clock clock;

    IntakeFormLayout form;
    final ScreeningPanel screening = new ScreeningPanel();
    final Button save = new Button();
    final Button complete = new Button();
    private final Div decisions = new Div();
    private IntakeDetails intake;
    private ClientDetails client;
    private IntakeAnswers bean;

    IntakeView(
            IntakeService intakes,
            ConsentService consents,
            ContraindicationService contraindications,
            ClientService clients,
            ClinicalSettings settings,
            Clock clock) {
        this.intakes = intakes;
        this.consents = consents;
        this.contraindications = contraindications;
        this.clients = clients;
        this.settings = settings;
        this.clock = clock;
        addClassName("hr-page");
        setMaxWidth("64rem");
        setId("intake-page");
        Actions.onClick(save, () -> save(false));
        Actions.onClick(complete, () -> save(true));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> clientId = event.getRouteParameters().getLong("clientId");
        Optional<Long> intakeId = event.getRouteParameters().getLong("intakeId");
        try {
            IntakeDetails found = intakes.get(intakeId.orElseThrow());
            if (found.clientId() != clientId.orElseThrow()) {
                throw new RecordNotFoundException("Intake", intakeId.get());
            }
            client = clients.get(found.clientId());
            show(found);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(IntakeDetails details) {
        intake = details;
        bean = details.answers();
        removeAll();
        H1 title = new H1(getTranslation("intake.title", details.sequenceNo(), client.fullName()));
        title.setId("intake-title");
        Badge status =
                new Badge(getTranslation("intake.status." + details.status().name()));
        status.setId("intake-status");
        form = new IntakeFormLayout(itemsFor(details));
        form.binder.readBean(bean);
        form.setReadOnly(!details.status().isEditable());
        form.binder.addValueChangeListener(e -> refreshScreening());
        screening.show(null, details.screening());
        refreshDecisions();
        add(
                title,
                status,
                screening,
                form,
                decisions,
                new ConsentPanel(consents, client, details.id(), clock, () -> {}),
                actions());
    }

    /** Personal and GP details come from the client record; they are edited there, not here. */
    private Component personalDetails() {
        Div box = new Div();
        box.setId("intake-personal");
        box.addClassName("hr-intake-personal");
        H3 heading = new H3(getTranslation("intake.section.personal"));
        heading.addClassName("hr-form-section");
        box.add(heading);
        box.add(new Div(
                new Span(getTranslation("client.header.facts", Formats.date(client.dateOfBirth()), client.age()))));
        box.add(new Div(new Span(getTranslation("client.phone") + ": " + Formats.orDash(client.phone()) + " · "
                + getTranslation("client.email") + ": " + Formats.orDash(client.email()))));
        box.add(new Div(new Span(getTranslation("client.section.gp") + ": "
                + Formats.orDash(String.join(
                        ", ",
                        Stream.of(client.gpName(), client.gpPractice(), client.gpPhone())
                                .filter(v -> v != null && !v.isBlank())
                                .toList())))));
        return box;
    }

    /** The practice's active list, plus anything ticked on this intake that has since been switched off. */
    private List<ContraindicationItem> itemsFor(IntakeDetails details) {
        List<String> ticked = details.answers().getContraindications().stream()
                .map(c -> c.code())
                .toList();
        return contraindications.all().stream()
                .filter(i -> i.active() || ticked.contains(i.code()))
                .toList();
    }

    private void refreshScreening() {
        IntakeAnswers current = new IntakeAnswers();
        form.binder.writeBeanAsDraft(current, true);
        screening.show(null, Screening.of(current, settings));
    }

    private void refreshDecisions() {
        decisions.removeAll();
        decisions.setId("decisions");
        if (!intake.screening().needsDecision() && intake.decisions().isEmpty()) {
            return;
        }
        H3 heading = new H3(getTranslation("decision.title"));
        heading.addClassName("hr-form-section");
        Button record = new Button(getTranslation("decision.record"), VaadinIcon.CLIPBOARD_CHECK.create());
        record.setId("record-decision");
        record.addClickListener(e -> new DecisionDialog(intakes, intake.id(), () -> {
                    intake = intakes.get(intake.id());
                    refreshDecisions();
                })
                .open());
        decisions.add(heading);
        for (DecisionRecord d : intake.decisions()) {
            decisions.add(
                    new Div(new Span(getTranslation("decision." + d.decision().name())
                            + (d.referralDate() == null ? "" : " (" + Formats.date(d.referralDate()) + ")")
                            + (d.reason() == null ? "" : ": " + d.reason())
                            + " — " + Formats.dateTime(d.decidedAt(), clock.getZone()))));
        }
        decisions.add(record);
    }

    private Component actions() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("hr-form-actions");
        bar.setWrap(true);
        Button back = new Button(getTranslation("intake.back"), e -> getUI().ifPresent(
                        ui -> ui.navigate(IntakeNavigation.client(client.id()))));
        back.setId("intake-back");
        if (intake.status().isEditable()) {
            save.setText(getTranslation("intake.save-draft"));
            save.setId("intake-save");
            complete.setText(getTranslation(
                    intake.status() == IntakeStatus.AWAITING_REVIEW ? "intake.accept" : "intake.complete"));
            complete.setId("intake-complete");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(complete, save, back);
        } else {
            bar.add(IntakePrint.link(intakes, intake.id(), getTranslation("intake.print")), back);
        }
        return bar;
    }

    private void save(boolean completing) {
        if (!form.binder.writeBeanIfValid(bean)) {
            Notifications.problem(getTranslation("form.fix-errors"));
            return;
        }
        try {
            IntakeDetails saved = completing
                    ? intakes.complete(intake.id(), intake.version(), bean)
                    : intakes.saveDraft(intake.id(), intake.version(), bean);
            Notifications.saved(getTranslation(completing ? "intake.completed" : "intake.saved"));
            show(saved);
        } catch (IncompleteIntakeException e) {
            form.showMissing(e.fields());
            Notifications.problem(getTranslation("intake.incomplete"));
        } catch (IntakeLockedException e) {
            // Completed already (a second click, or another tab): show it as it is, calmly.
            Notifications.info(getTranslation("intake.already-completed"));
            show(intakes.get(intake.id()));
        } catch (ConcurrentEditException e) {
            new ConcurrentEditDialog(() -> show(intakes.get(intake.id()))).open();
        } catch (ConstraintViolationException e) {
            form.showMissing(e.getConstraintViolations().stream()
                    .map(v -> v.getPropertyPath().toString())
                    .toList());
            Notifications.problem(getTranslation("form.fix-errors"));
        }
    }
}
