package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import org.headroom.base.ui.Actions;
import org.headroom.intake.ConsentRefusedException;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.IncompleteIntakeException;
import org.headroom.intake.IntakeAnswers;
import org.headroom.intake.LinkState;
import org.headroom.intake.LinkUnavailableException;
import org.headroom.intake.PublicIntakeForm;
import org.headroom.intake.PublicIntakeService;
import org.headroom.intake.Signatures;
import org.headroom.intake.WrongAnswerException;

/**
 * The client's intake on their own phone, without an account: the link's token and their date of
 * birth open the form; they answer it in short steps (progress shown, each step checked and kept
 * before the next), sign the consents and send it to their therapist. "Save and finish later"
 * keeps the answers for the same link while it is valid. The page shows nothing about the client
 * or the practice before the date of birth matches.
 */
@Route(value = "intake-link/:token", autoLayout = false)
@PageTitle("Headroom")
@AnonymousAllowed
final class PublicIntakeView extends VerticalLayout implements BeforeEnterObserver {

    private final PublicIntakeService service;
    private final Validator validator;
    private String token;
    private LocalDate verifiedBirthDate;
    final DatePicker dateOfBirth = new DatePicker();
    final Button proceed = new Button();
    IntakeFormLayout form;
    ConsentForm consentForm;
    final Button submit = new Button();
    final Button next = new Button();
    final Button back = new Button();
    final Button later = new Button();
    final com.vaadin.flow.component.progressbar.ProgressBar progress =
            new com.vaadin.flow.component.progressbar.ProgressBar();
    final H2 stepHeading = new H2();
    final Paragraph stepText = new Paragraph();
    /** What stops the step going on, said next to its buttons (a toast would cover the questions). */
    final Paragraph problem = new Paragraph();

    private Div consentStep;
    int step;
    private long version;
    private java.time.Instant linkExpiresAt;
    private String firstName;

    private final java.time.Clock clock;

    PublicIntakeView(PublicIntakeService service, Validator validator, java.time.Clock clock) {
        this.service = service;
        this.validator = validator;
        this.clock = clock;
        addClassName("hr-public");
        // The page is its own main landmark (no menu around it).
        getElement().setAttribute("role", "main");
        setId("public-intake");
        setMaxWidth("44rem");
        getStyle().set("margin", "0 auto");
        Actions.onClick(proceed, this::verify);
        Actions.onClick(submit, this::submit);
        Actions.onClick(next, this::nextStep);
        Actions.onClick(back, this::previousStep);
        Actions.onClick(later, this::saveForLater);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        if (service.check(token) != LinkState.VALID) {
            showUnavailable();
            return;
        }
        showVerification();
    }

    private void showVerification() {
        removeAll();
        org.headroom.base.ui.BirthDateField.configure(dateOfBirth, "public-dob");
        proceed.setText(getTranslation("public.continue"));
        proceed.setId("public-continue");
        proceed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1(getTranslation("public.title")),
                new Paragraph(getTranslation("public.intro")),
                dateOfBirth,
                proceed);
    }

    private void verify() {
        try {
            PublicIntakeForm opened = service.open(token, dateOfBirth.getValue());
            verifiedBirthDate = dateOfBirth.getValue();
            showForm(opened);
        } catch (WrongAnswerException e) {
            dateOfBirth.setInvalid(true);
            dateOfBirth.setErrorMessage(getTranslation("public.wrong-dob", e.attemptsLeft()));
            if (e.attemptsLeft() == 0) {
                showUnavailable();
            }
        } catch (LinkUnavailableException e) {
            showUnavailable();
        }
    }

    private void showForm(PublicIntakeForm opened) {
        removeAll();
        version = opened.version();
        linkExpiresAt = opened.linkExpiresAt();
        firstName = opened.firstName();
        form = new IntakeFormLayout(opened.contraindications());
        form.speakToClient();
        form.binder.readBean(opened.answers());
        consentForm = new ConsentForm(opened.consentTexts(), opened.minor(), "");
        submit.setText(getTranslation("public.submit"));
        submit.setId("public-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        next.setText(getTranslation("public.next"));
        next.setId("public-next");
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.setWidthFull();
        back.setText(getTranslation("public.back"));
        back.setId("public-back");
        back.setWidthFull();
        later.setText(getTranslation("public.later"));
        later.setId("public-later");
        later.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        later.setWidthFull();
        progress.setId("public-progress");
        progress.getElement().setAttribute("aria-hidden", "true");
        stepHeading.setId("public-step");
        stepHeading.getElement().setAttribute("tabindex", "-1");
        stepText.setId("public-step-of");
        stepText.addClassName("hr-muted");
        consentStep = new Div(consentForm);
        consentStep.setWidthFull();
        problem.setId("public-problem");
        problem.addClassName("hr-problem");
        problem.getElement().setAttribute("role", "alert");
        Div buttons = new Div(problem, next, submit, back, later);
        buttons.addClassName("hr-step-buttons");
        buttons.setWidthFull();
        add(
                new H1(getTranslation("public.hello", firstName)),
                new Paragraph(getTranslation("public.steps-intro")),
                stepText,
                progress,
                stepHeading,
                form,
                consentStep,
                buttons);
        showStep(0);
    }

    /** How many steps: the form's parts, then the consents. */
    int steps() {
        return form.sectionCount() + 1;
    }

    private void showStep(int index) {
        step = index;
        problem.setText("");
        boolean consents = index == form.sectionCount();
        if (!consents) {
            form.showOnlySection(index);
        }
        form.setVisible(!consents);
        consentStep.setVisible(consents);
        String key = consents ? "intake.section.consent" : form.sectionKey(index);
        stepHeading.setText(getTranslation(key.replace("intake.section.", "public.step.")));
        stepText.setText(getTranslation("public.step-of", index + 1, steps()));
        progress.setValue((index + 1) / (double) steps());
        back.setVisible(index > 0);
        next.setVisible(!consents);
        submit.setVisible(consents);
        // Keyboard and screen-reader users start the new step at its heading.
        stepHeading.getElement().callJsFunction("focus");
    }

    /** The answers as they stand, including those not yet checked as complete. */
    private IntakeAnswers currentAnswers() {
        IntakeAnswers answers = new IntakeAnswers();
        form.binder.writeBeanAsDraft(answers, true);
        return answers;
    }

    /** Checks this step's answers, keeps them, and moves on. */
    private void nextStep() {
        if (!form.validateSection(step)) {
            problem.setText(getTranslation("public.fix"));
            return;
        }
        IntakeAnswers answers = currentAnswers();
        List<String> here = form.sectionFields(step);
        List<String> missing = validator.validate(answers, IntakeAnswers.Complete.class).stream()
                .map(v -> v.getPropertyPath().toString())
                .filter(here::contains)
                .toList();
        if (!missing.isEmpty()) {
            form.showMissing(missing);
            problem.setText(getTranslation("public.fix"));
            return;
        }
        if (save(answers)) {
            showStep(step + 1);
        }
    }

    private void previousStep() {
        if (step > 0) {
            showStep(step - 1);
        }
    }

    /** Keeps what is answered and says until when the same link can be used to carry on. */
    private void saveForLater() {
        if (step < form.sectionCount() && !form.validateSection(step)) {
            problem.setText(getTranslation("public.fix"));
            return;
        }
        if (save(currentAnswers())) {
            removeAll();
            Paragraph until = new Paragraph(getTranslation(
                    "public.saved.text",
                    org.headroom.base.Formats.date(
                            linkExpiresAt.atZone(clock.getZone()).toLocalDate())));
            until.setId("public-saved");
            add(new H1(getTranslation("public.saved.title")), until);
        }
    }

    private boolean save(IntakeAnswers answers) {
        try {
            version = service.saveDraft(token, verifiedBirthDate, version, answers);
            return true;
        } catch (ConstraintViolationException e) {
            problem.setText(getTranslation("public.fix"));
        } catch (org.headroom.base.ConcurrentEditException e) {
            showChanged();
        } catch (LinkUnavailableException | WrongAnswerException e) {
            showUnavailable();
        }
        return false;
    }

    private void showChanged() {
        removeAll();
        add(new H1(getTranslation("public.changed.title")), new Paragraph(getTranslation("public.changed.text")));
    }

    private void submit() {
        IntakeAnswers answers = new IntakeAnswers();
        if (!form.binder.writeBeanIfValid(answers)) {
            problem.setText(getTranslation("public.fix"));
            return;
        }
        // Answers first, then signatures: the client fixes the questions before signing.
        List<String> missing = validator.validate(answers, IntakeAnswers.Complete.class).stream()
                .map(v -> v.getPropertyPath().toString())
                .toList();
        if (!missing.isEmpty()) {
            showMissing(missing);
            return;
        }
        try {
            List<ConsentSubmission> consents = consentForm.submissions();
            if (consents == null) {
                return;
            }
            service.submit(token, verifiedBirthDate, version, answers, consents);
            removeAll();
            add(new H1(getTranslation("public.thanks.title")), new Paragraph(getTranslation("public.thanks.text")));
        } catch (IncompleteIntakeException e) {
            showMissing(e.fields());
        } catch (ConsentRefusedException e) {
            consentForm.showProblem(getTranslation(e.getMessage()));
        } catch (Signatures.InvalidSignatureException e) {
            consentForm.showProblem(getTranslation("consent.signature-required"));
        } catch (ConstraintViolationException e) {
            problem.setText(getTranslation("public.fix"));
        } catch (org.headroom.base.ConcurrentEditException e) {
            showChanged();
        } catch (LinkUnavailableException | WrongAnswerException e) {
            showUnavailable();
        }
    }

    /** Goes back to the first step with a missing answer and marks it. */
    private void showMissing(List<String> missing) {
        for (int i = 0; i < form.sectionCount(); i++) {
            if (form.sectionFields(i).stream().anyMatch(missing::contains)) {
                showStep(i);
                break;
            }
        }
        form.showMissing(missing);
        problem.setText(getTranslation("public.fix"));
    }

    private void showUnavailable() {
        removeAll();
        add(
                new H1(getTranslation("public.unavailable.title")),
                new Paragraph(getTranslation("public.unavailable.text")));
    }
}
