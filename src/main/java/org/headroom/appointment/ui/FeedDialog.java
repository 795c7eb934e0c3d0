package org.headroom.appointment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import org.headroom.appointment.CalendarFeedService;
import org.headroom.base.Formats;
import org.headroom.base.ui.Actions;

/**
 * The therapist's private calendar feed: an address to subscribe to in Google, Apple or Outlook
 * calendars (times and initials only), shown once when made; a new one replaces it; it can be stopped.
 */
final class FeedDialog extends Dialog {

    final Span address = new Span();
    final Paragraph state = new Paragraph();

    FeedDialog(CalendarFeedService feeds, Clock clock) {
        setId("feed-dialog");
        setHeaderTitle(getTranslation("feed.title"));
        address.setId("feed-address");
        address.addClassName("hr-code");
        address.getStyle().set("word-break", "break-all");
        state.setId("feed-state");
        Runnable show = () -> state.setText(feeds.current()
                .map(at -> getTranslation("feed.state.on", Formats.dateTime(at, clock.getZone())))
                .orElse(getTranslation("feed.state.off")));
        show.run();
        Button renew = new Button(getTranslation("feed.renew"));
        renew.setId("feed-renew");
        renew.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Actions.onClick(renew, () -> {
            address.setText(feeds.renew());
            show.run();
        });
        Button stop = new Button(getTranslation("feed.stop"));
        stop.setId("feed-stop");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Actions.onClick(stop, () -> {
            feeds.stop();
            address.setText("");
            show.run();
        });
        add(new Paragraph(getTranslation("feed.intro")), state, new Paragraph(address));
        getFooter().add(new Button(getTranslation("action.close"), e -> close()), stop, renew);
    }
}
