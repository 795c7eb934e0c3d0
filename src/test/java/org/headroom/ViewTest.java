package org.headroom;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.List;

/** A browserless view test on the real application context and database. */
@IntegrationTest
public abstract class ViewTest extends SpringBrowserlessTest {

    /** Navigates as the browser would, following any redirect or reroute, and returns where it ended. */
    protected Object navigateTo(String location) {
        UI.getCurrent().navigate(location);
        return getCurrentView();
    }

    protected List<String> notificationTexts() {
        return find(Notification.class).all().stream()
                .map(n -> test(n).getText())
                .toList();
    }
}
