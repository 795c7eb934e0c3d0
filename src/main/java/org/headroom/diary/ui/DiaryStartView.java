package org.headroom.diary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.ClientDiarySettings;
import org.headroom.diary.DiaryUnavailableException;
import org.headroom.diary.WrongBirthDateException;

/**
 * The personal link's page: the client gives their date of birth once on this device, which is then
 * remembered (an HttpOnly cookie) and opens the diary with one tap. Shows nothing about the client
 * or the practice before the date matches.
 */
@Route(value = "diary/start/:token", autoLayout = false)
@AnonymousAllowed
final class DiaryStartView extends ClientDiaryPage {

    final DatePicker dateOfBirth = new DatePicker();
    final Button open = new Button();
    private final ClientDiarySettings settings;
    private String link;

    DiaryStartView(ClientDiaryService service, ClientDiarySettings settings) {
        super(service);
        this.settings = settings;
        setId("diary-start");
        Actions.onClick(open, this::verify);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyTheme();
        link = event.getRouteParameters().get("token").orElse("");
        device = DiaryCookies.read(DiaryCookies.DEVICE).orElse(null);
        if (!service.linkUsable(link)) {
            if (device != null && service.deviceKnown(device)) {
                event.forwardTo("diary");
                return;
            }
            showStopped();
            return;
        }
        if (device != null && service.sameDiary(link, device)) {
            event.forwardTo("diary");
            return;
        }
        enter(event);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        org.headroom.base.ui.BirthDateField.configure(dateOfBirth, "diary-dob");
        open.setText(getTranslation("cd.start.open"));
        open.setId("diary-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        open.setWidthFull();
        add(
                new H1(getTranslation("cd.start.title")),
                new Paragraph(getTranslation("cd.start.intro")),
                dateOfBirth,
                open);
    }

    private void verify() {
        try {
            String userAgent = VaadinRequest.getCurrent() == null
                    ? null
                    : VaadinRequest.getCurrent().getHeader("User-Agent");
            String token = service.registerDevice(link, dateOfBirth.getValue(), DeviceLabel.of(userAgent));
            DiaryCookies.write(DiaryCookies.DEVICE, token, settings.deviceLifetime(), true);
            // A fresh load, so that the request carries the cookie just set.
            UI.getCurrent().getPage().setLocation("diary");
        } catch (WrongBirthDateException e) {
            dateOfBirth.setInvalid(true);
            dateOfBirth.setErrorMessage(getTranslation("public.wrong-dob", e.attemptsLeft()));
            if (e.attemptsLeft() == 0) {
                showStopped();
            }
        } catch (DiaryUnavailableException e) {
            showStopped();
        }
    }

    private void showStopped() {
        removeAll();
        add(new H1(getTranslation("cd.stopped.title")), new Paragraph(getTranslation("cd.stopped.text")));
    }
}
