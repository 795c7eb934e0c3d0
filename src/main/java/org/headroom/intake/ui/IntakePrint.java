package org.headroom.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import org.headroom.intake.IntakeService;

/** A download link for an intake's PDF; the PDF is built when clicked, through the service's checks. */
final class IntakePrint {

    private IntakePrint() {}

    static Anchor link(IntakeService intakes, long intakeId, String text) {
        DownloadHandler pdf = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = intakes.pdf(intakeId);
            return new DownloadResponse(
                    new ByteArrayInputStream(bytes), "intake-" + intakeId + ".pdf", "application/pdf", bytes.length);
        });
        Anchor anchor = new Anchor(pdf, AttachmentType.DOWNLOAD, text);
        anchor.setId("print-intake");
        anchor.addClassName("hr-button-link");
        anchor.addComponentAsFirst(VaadinIcon.PRINT.create());
        return anchor;
    }
}
