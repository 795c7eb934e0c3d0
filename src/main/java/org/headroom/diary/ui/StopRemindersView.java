package org.headroom.diary.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.headroom.base.ui.Actions;
import org.headroom.diary.ClientDiaryService;

/**
 * The "stop these reminders" address in a reminder: one button, so that a mail scanner opening the
 * address stops nothing; needs no device (it opens nothing else).
 */
@Route(value = "diary/stop-reminders/:token", autoLayout = false)
@AnonymousAllowed
final class StopRemindersView extends ClientDiaryPage {

    final Button stop = new Button();
    private String token;

    StopRemindersView(ClientDiaryService service) {
        super(service);
        setId("stop-reminders");
        Actions.onClick(stop, this::stop);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyTheme();
        token = event.getRouteParameters().get("token").orElse("");
        enter(event);
    }

    @Override
    protected void enter(BeforeEnterEvent event) {
        removeAll();
        stop.setText(getTranslation("cd.stop.button"));
        stop.setId("stop-button");
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        stop.setWidthFull();
        add(new H1(getTranslation("cd.stop.title")), new Paragraph(getTranslation("cd.stop.intro")), stop);
    }

    private void stop() {
        service.unsubscribe(token);
        removeAll();
        // The same words whether or not the address named a diary.
        Paragraph done = new Paragraph(getTranslation("cd.stop.done"));
        done.setId("stop-done");
        add(new H1(getTranslation("cd.stop.title")), done);
    }
}
