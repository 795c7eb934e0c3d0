package org.headroom.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file made when its link is clicked (a PDF, a CSV, a ZIP). If making it fails, the browser's
 * download is cancelled, which says nothing to the person who clicked; so the page says it. While
 * a download is under way the page asks the server every second, so that the message appears at
 * once, without waiting for the next click.
 */
public final class Downloads {

    private static final Logger LOG = LoggerFactory.getLogger(Downloads.class);

    private Downloads() {}

    /** Makes the anchor download the file, or show a message if it cannot be made. */
    public static Anchor link(Anchor anchor, SerializableSupplier<byte[]> content, String fileName, String mimeType) {
        anchor.setHref(handler(content, fileName, mimeType));
        anchor.getElement().setAttribute("download", true);
        anchor.getElement().addEventListener("click", e -> anchor.getUI().ifPresent(ui -> ui.setPollInterval(1000)));
        return anchor;
    }

    static DownloadHandler handler(SerializableSupplier<byte[]> content, String fileName, String mimeType) {
        return DownloadHandler.fromInputStream(event -> {
                    try {
                        byte[] bytes = content.get();
                        return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mimeType, bytes.length);
                    } catch (RuntimeException e) {
                        LOG.error("Could not make {} for download", fileName, e);
                        UI ui = event.getUI();
                        if (ui != null) {
                            ui.access(() -> {
                                ui.setPollInterval(-1);
                                Notifications.problem(ui.getTranslation("download.failed", fileName));
                            });
                        }
                        return DownloadResponse.error(500);
                    }
                })
                .whenComplete((context, success) -> {
                    UI ui = context.getUI();
                    if (ui != null && Boolean.TRUE.equals(success)) {
                        ui.access(() -> ui.setPollInterval(-1));
                    }
                });
    }
}
