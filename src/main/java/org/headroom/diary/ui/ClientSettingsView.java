package org.headroom.diary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.Duration;
import java.time.LocalTime;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryHome;
import org.headroom.diary.DiaryRefusedException;

/** The client's choices on this device: the daily reminder, the theme, and forgetting the device. */
@Route(value = "diary/settings", autoLayout = false)
@AnonymousAllowed
final class ClientSettingsView extends ClientDiaryPage {

    final TimePicker time = new TimePicker();
    final Button remind = new Button();
    final Button stop = new Button();
    final Button forget = new Button();

    ClientSettingsView(ClientDiaryService service) {
        super(service);
        setId("client-settings");
        Actions.onClick(remind, () -> setReminder(time.getValue()));
        Actions.onClick(stop, () -> setReminder(null));
        Actions.onClick(forget, this::forgetDevice);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        safely(() -> {
            DiaryHome home = service.home(device);
            removeAll();
            add(back(), new H1(getTranslation("cd.settings")), statusLine());
            add(new H2(getTranslation("cd.remind.title")), new Paragraph(getTranslation("cd.remind.intro")));
            time.setLabel(getTranslation("cd.remind.time"));
            time.setStep(Duration.ofMinutes(15));
            time.setId("reminder-time");
            time.setValue(home.reminderTime() == null ? LocalTime.of(20, 0) : home.reminderTime());
            time.setWidthFull();
            remind.setText(getTranslation(home.reminderTime() == null ? "cd.remind.on" : "cd.remind.change"));
            remind.setId("reminder-on");
            remind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            remind.setWidthFull();
            stop.setText(getTranslation("cd.remind.off"));
            stop.setId("reminder-off");
            stop.setWidthFull();
            stop.setVisible(home.reminderTime() != null);
            Paragraph state = new Paragraph(
                    home.reminderTime() == null
                            ? getTranslation("cd.remind.state.off")
                            : getTranslation(
                                    "cd.remind.state.on", home.reminderTime().toString()));
            state.setId("reminder-state");
            if (home.hasEmail()) {
                add(state, time, remind, stop);
            } else {
                add(new Paragraph(getTranslation("diary.client.no-email")));
            }
            var colours = org.headroom.base.ui.Colours.field(org.headroom.base.ui.Colours.device());
            colours.setId("settings-theme");
            colours.addValueChangeListener(e -> {
                if (e.isFromClient() && e.getValue() != null) {
                    org.headroom.base.ui.Colours.chooseForDevice(e.getValue());
                }
            });
            add(new H2(getTranslation("cd.theme.title")), colours);
            forget.setText(getTranslation("cd.forget"));
            forget.setId("forget-device");
            forget.addThemeVariants(ButtonVariant.LUMO_ERROR);
            forget.setWidthFull();
            add(new H2(getTranslation("cd.forget.title")), new Paragraph(getTranslation("cd.forget.intro")), forget);
        });
    }

    private void setReminder(LocalTime at) {
        safely(() -> {
            try {
                service.remindAt(device, at);
                tell(
                        at == null
                                ? getTranslation("cd.remind.state.off")
                                : getTranslation(
                                        "cd.remind.state.on",
                                        at.withSecond(0).withNano(0).toString()));
                UI.getCurrent().navigate("diary");
            } catch (DiaryRefusedException e) {
                tell(getTranslation(e.getMessage()));
                enter(null);
            }
        });
    }

    private void forgetDevice() {
        safely(() -> {
            service.forgetDevice(device);
            DiaryCookies.write(DiaryCookies.DEVICE, null, Duration.ZERO, true);
            showNoDiary();
        });
    }
}
