package org.headroom.treatment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import java.time.Clock;
import java.util.List;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.Formats;
import org.headroom.base.RecordNotFoundException;
import org.headroom.base.ui.Actions;
import org.headroom.base.ui.ConcurrentEditDialog;
import org.headroom.base.ui.Downloads;
import org.headroom.base.ui.Notifications;
import org.headroom.client.ClientDetails;
import org.headroom.client.ClientService;
import org.headroom.intake.IntakeService;
import org.headroom.intake.TreatmentStatus;
import org.headroom.intake.ui.ConsentSummary;
import org.headroom.intake.ui.ScreeningPanel;
import org.headroom.security.UserDirectory;
import org.headroom.treatment.AmendmentRecord;
import org.headroom.treatment.NoteDetails;
import org.headroom.treatment.NoteLockedException;
import org.headroom.treatment.NoteRefusedException;
import org.headroom.treatment.NoteStatus;
import org.headroom.treatment.SessionNoteForm;
import org.headroom.treatment.SessionNoteService;

/**
 * A session note: written as a draft with the client's warnings and consent state in view, signed
 * and locked, then corrected only by amendments shown beside the original, and printed.
 */
@Route("clients/:clientId(\\d+)/notes/:noteId(\\d+)")
@PageTitle("Headroom")
@RolesAllowed("THERAPIST")
final class NoteView extends VerticalLayout implements BeforeEnterObserver {

    private final SessionNoteService notes;
    private final ClientService clients;
    private final IntakeService intakes;
    private final Clock clock;
    private final UserDirectory directory;
    NoteFormLayout form;
    final TextArea flagReason = new TextArea();
    final Button sign = new Button();
    final Button save = new Button();
    private NoteDetails note;
    private ClientDetails client;
    private SessionNoteForm bean;

    NoteView(
            SessionNoteService notes,
            ClientService clients,
            IntakeService intakes,
            UserDirectory directory,
            Clock clock) {
        this.directory = directory;
        this.notes = notes;
        this.clients = clients;
        this.intakes = intakes;
        this.clock = clock;
        addClassName("hr-page");
        setMaxWidth("64rem");
        setId("note-page");
        Actions.onClick(sign, () -> save(true));
        Actions.onClick(save, () -> save(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            NoteDetails found =
                    notes.get(event.getRouteParameters().getLong("noteId").orElseThrow());
            if (found.clientId()
                    != event.getRouteParameters().getLong("clientId").orElseThrow()) {
                throw new RecordNotFoundException("Session note", found.id());
            }
            client = clients.get(found.clientId());
            show(found);
        } catch (RecordNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(NoteDetails details) {
        note = details;
        bean = details.content();
        removeAll();
        TreatmentStatus status = intakes.status(client.id());
        ScreeningPanel warnings = new ScreeningPanel();
        warnings.show(status.readiness(), status.screening().orElse(null));
        Badge badge = new Badge(getTranslation("note.status." + details.status().name()));
        badge.setId("note-status");
        form = new NoteFormLayout();
        form.binder.readBean(bean);
        boolean draft = details.status() == NoteStatus.DRAFT;
        form.setReadOnly(!draft);
        add(
                new H1(getTranslation("note.title", client.fullName())),
                badge,
                warnings,
                new ConsentSummary(status.consents()));
        if (!draft) {
            Span signed = new Span(getTranslation(
                    "note.signed-by", name(details.signedBy()), Formats.dateTime(details.signedAt(), clock.getZone())));
            signed.setId("note-signed-by");
            add(signed);
        }
        add(form);
        if (draft && notes.needsFlagReason(client.id())) {
            flagReason.setId("flag-reason");
            flagReason.setLabel(getTranslation("note.flagReason"));
            flagReason.setHelperText(getTranslation("note.flagReason.help"));
            flagReason.setWidthFull();
            add(flagReason);
        } else if (details.flagOverride() != null) {
            add(new Span(getTranslation("note.flagReason") + ": " + details.flagOverride()));
        }
        if (!draft) {
            markAmended(details);
            add(amendments(details));
        }
        add(actions(draft));
    }

    /**
     * Beside each figure an amendment corrected: the value it now has, and when; the signed value
     * stays in the field. Techniques and areas are described in the amendments below the form.
     */
    private void markAmended(NoteDetails details) {
        var current = details.current();
        for (String field : List.of("painBefore", "painAfter", "durationMinutes")) {
            details.latestCorrectionOf(field).ifPresent(a -> {
                Object now =
                        switch (field) {
                            case "painBefore" -> current.getPainBefore();
                            case "painAfter" -> current.getPainAfter();
                            default -> current.getDurationMinutes();
                        };
                var input = (com.vaadin.flow.component.textfield.IntegerField) form.field(field);
                input.setHelperText(
                        getTranslation("note.amended-to", now, Formats.dateTime(a.createdAt(), clock.getZone())));
                input.addClassName("hr-amended");
            });
        }
    }

    private Component amendments(NoteDetails details) {
        Div box = new Div();
        box.setId("amendments");
        H3 title = new H3(getTranslation("note.amendments"));
        title.addClassName("hr-form-section");
        box.add(title);
        for (AmendmentRecord a : details.amendments()) {
            Div item = new Div(new Span(getTranslation(
                    "note.amendment.by", Formats.dateTime(a.createdAt(), clock.getZone()), name(a.createdBy()))));
            if (a.body() != null) {
                item.add(new Div(a.body()));
            }
            if (!a.correction().isEmpty()) {
                Div corrects = new Div(
                        getTranslation("note.amendment.corrects", a.correction().describe(this::getTranslation)));
                corrects.addClassName("hr-amended");
                item.add(corrects);
            }
            item.add(new Div(getTranslation("note.amend.reason-label") + ": " + a.reason()));
            item.addClassName("hr-consent-text");
            box.add(item);
        }
        return box;
    }

    private Component actions(boolean draft) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("hr-form-actions");
        bar.setWrap(true);
        Button back = new Button(
                getTranslation("note.back"), e -> getUI().ifPresent(ui -> ui.navigate("clients/" + client.id())));
        back.setId("note-back");
        if (draft) {
            sign.setText(getTranslation("note.sign"));
            sign.setId("note-sign");
            sign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setText(getTranslation("note.save"));
            save.setId("note-save");
            Button discard = new Button(getTranslation("note.discard"), e -> confirmDiscard());
            discard.setId("note-discard");
            discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(sign, save, discard, back);
        } else {
            Button amend = new Button(
                    getTranslation("note.amend"),
                    e -> new AmendDialog(notes, note.id(), note.current(), this::reload).open());
            amend.setId("note-amend");
            long noteId = note.id();
            Anchor print = Downloads.link(
                    new Anchor("", getTranslation("note.print")),
                    () -> notes.pdf(noteId),
                    "session-note-" + noteId + ".pdf",
                    "application/pdf");
            print.setId("note-print");
            print.addClassName("hr-button-link");
            bar.add(amend, print, back);
        }
        return bar;
    }

    private void save(boolean signing) {
        if (!form.binder.writeBeanIfValid(bean)) {
            Notifications.problem(getTranslation("form.fix-errors"));
            return;
        }
        try {
            NoteDetails saved = signing
                    ? notes.sign(note.id(), note.version(), bean, flagReason.getValue())
                    : notes.saveDraft(note.id(), note.version(), bean);
            Notifications.saved(getTranslation(signing ? "note.signed" : "note.saved"));
            show(saved);
        } catch (NoteRefusedException e) {
            if ("flagReason".equals(e.field())) {
                flagReason.setErrorMessage(getTranslation(e.getMessage()));
                flagReason.setInvalid(true);
            } else {
                form.showProblem(e.field(), getTranslation(e.getMessage()));
            }
            Notifications.problem(getTranslation(e.getMessage()));
        } catch (NoteLockedException e) {
            // Signed already (a second click, or another tab): nothing to fix, so no alarm.
            Notifications.info(getTranslation("note.already-signed"));
            reload();
        } catch (ConcurrentEditException e) {
            new ConcurrentEditDialog(this::reload).open();
        } catch (ConstraintViolationException e) {
            Notifications.problem(getTranslation("form.fix-errors"));
        }
    }

    private void confirmDiscard() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("discard-dialog");
        dialog.setText(getTranslation("note.discard.confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("note.discard"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            notes.discard(note.id());
            Notifications.saved(getTranslation("note.discarded"));
            getUI().ifPresent(ui -> ui.navigate("clients/" + client.id()));
        });
        dialog.open();
    }

    private String name(Long userId) {
        return userId == null ? "" : directory.names(java.util.List.of(userId)).getOrDefault(userId, "");
    }

    private void reload() {
        show(notes.get(note.id()));
    }
}
