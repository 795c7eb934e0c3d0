package org.headroom.intake.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.headroom.base.ui.Downloads;
import org.headroom.intake.IntakeService;

/** A download link for an intake's PDF; the PDF is built when clicked, through the service's checks. */
final class IntakePrint {

    private IntakePrint() {}

    static Anchor link(IntakeService intakes, long intakeId, String text) {
        Anchor anchor = Downloads.link(
                new Anchor("", text), () -> intakes.pdf(intakeId), "intake-" + intakeId + ".pdf", "application/pdf");
        anchor.setId("print-intake");
        anchor.addClassName("hr-button-link");
        anchor.addComponentAsFirst(VaadinIcon.PRINT.create());
        return anchor;
    }
}
