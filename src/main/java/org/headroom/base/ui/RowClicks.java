package org.headroom.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * Opens a grid's row on a click. A click can arrive for a row the grid no longer holds: the list
 * was searched or refreshed again between the moment the browser drew the row and the click (a
 * slow connection, a double click during a search). Such a click has no item, and is ignored
 * rather than failing the page.
 */
public final class RowClicks {

    private RowClicks() {}

    public static <T> Registration open(Grid<T> grid, Consumer<T> open) {
        return grid.addItemClickListener(e -> {
            if (e.getItem() != null) {
                open.accept(e.getItem());
            }
        });
    }
}
