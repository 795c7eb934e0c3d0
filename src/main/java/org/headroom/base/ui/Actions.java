package org.headroom.base.ui;

import com.vaadin.flow.component.button.Button;

/**
 * Buttons that change a record. The listener is added once, where the button is made, never when a
 * page is redrawn (a listener added on every redraw fires once per earlier save); and the button
 * is disabled in the browser from the click until the server has finished, so that a double tap
 * does not send the action twice.
 */
public final class Actions {

    private Actions() {}

    public static Button onClick(Button button, Runnable action) {
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
        return button;
    }
}
