package org.headroom.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
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
import org.headroom.base.ui.Notifications;
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
 * birth open the form; they answer, sign the consents and send it to their therapist. The page
 * shows nothing about the client or the practice before the date of birth matches.
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

    PublicIntakeView(PublicIntakeService service, Validator validator) {
        this.service = service;
        this.validator = validator;
        addClassName("hr-public");
        setId("public-intake");
        setMaxWidth("44rem");
        getStyle().set("margin", "0 auto");
        Actions.onClick(proceed, this::verify);
        Actions.onClick(submit, this::submit);
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
        form = new IntakeFormLayout(opened.contraindications());
        form.binder.readBean(opened.answers());
        consentForm = new ConsentForm(opened.consentTexts(), opened.minor(), "");
        submit.setText(getTranslation("public.submit"));
        submit.setId("public-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        add(
                new H1(getTranslation("public.hello", opened.firstName())),
                new Paragraph(getTranslation("public.intro")),
                form,
                new H2(getTranslation("intake.section.consent")),
                consentForm,
                submit);
    }

    private void submit() {
        IntakeAnswers answers = new IntakeAnswers();
        if (!form.binder.writeBeanIfValid(answers)) {
            Notifications.problem(getTranslation("public.fix"));
            return;
        }
        // Answers first, then signatures: the client fixes the questions before signing.
        List<String> missing = validator.validate(answers, IntakeAnswers.Complete.class).stream()
                .map(v -> v.getPropertyPath().toString())
                .toList();
        if (!missing.isEmpty()) {
            form.showMissing(missing);
            Notifications.problem(getTranslation("public.fix"));
            return;
        }
        try {
            List<ConsentSubmission> consents = consentForm.submissions();
            if (consents == null) {
                return;
            }
            service.submit(token, verifiedBirthDate, answers, consents);
            removeAll();
            add(new H1(getTranslation("public.thanks.title")), new Paragraph(getTranslation("public.thanks.text")));
        } catch (IncompleteIntakeException e) {
            form.showMissing(e.fields());
            Notifications.problem(getTranslation("public.fix"));
        } catch (ConsentRefusedException e) {
            consentForm.showProblem(getTranslation(e.getMessage()));
        } catch (Signatures.InvalidSignatureException e) {
            consentForm.showProblem(getTranslation("consent.signature-required"));
        } catch (ConstraintViolationException e) {
            Notifications.problem(getTranslation("public.fix"));
        } catch (LinkUnavailableException | WrongAnswerException e) {
            showUnavailable();
        }
    }

    private void showUnavailable() {
        removeAll();
        add(
                new H1(getTranslation("public.unavailable.title")),
                new Paragraph(getTranslation("public.unavailable.text")));
    }
}
