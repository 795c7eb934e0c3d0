package org.headroom.base.ui;

import com.vaadin.flow.component.UI;
import java.util.OptionalInt;

/**
 * The width of the browser window, for a page that lays itself out differently on a phone.
 *
 * <p>Vaadin's browser client sends the window's size with the page's first request, so the width
 * is known without asking the browser again. Asking on each visit
 * ({@code Page.retrieveExtendedClientDetails}) when it was not known left a question open in the
 * session, and the question held the view that asked it (a client list: its grid and rows) until
 * the browser answered. A client that never answers, such as a script, kept every visit's view.
 * With no width known, a page keeps its wide layout. A later resize reaches only a page that listens
 * for it (the client list does).
 */
public final class WindowWidth {

    private WindowWidth() {}

    /** The window's inner width in CSS pixels, when the browser has sent it. */
    public static OptionalInt of(UI ui) {
        int width = ui.getPage().getExtendedClientDetails().getWindowInnerWidth();
        return width > 0 ? OptionalInt.of(width) : OptionalInt.empty();
    }
}
