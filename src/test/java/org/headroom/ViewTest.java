package org.headroom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.util.List;
import java.util.Map;

/** A browserless view test on the real application context and database. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /** Navigates as the browser would, following any redirect or reroute, and returns where it ended. */
    protected Object navigateTo(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView();
    }

    /**
     * The browser window's size as Vaadin's browser client sends it with the page's first request
     * (its {@code v-ww} and the other {@code v-} values).
     */
    protected static void windowWidth(int width) {
        Map<String, String> sent = Map.of(
                "v-sw",
                String.valueOf(width),
                "v-sh",
                "800",
                "v-ww",
                String.valueOf(width),
                "v-wh",
                "800",
                "v-bw",
                String.valueOf(width),
                "v-bh",
                "800");
        ExtendedClientDetails.updateFromValues(UI.getCurrent(), sent::get);
    }

    protected List<String> notificationTexts() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }
}
