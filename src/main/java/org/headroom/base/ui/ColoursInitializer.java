package org.headroom.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.headroom.base.AccountColours;
import org.headroom.base.ColourChoice;
import org.headroom.base.SignedInName;
import org.springframework.stereotype.Component;

/**
 * Every page opens in its person's colours: a signed-in account's choice, otherwise the device's
 * (public pages set the device's again when they open, so there the device decides).
 */
@Component
class ColoursInitializer implements VaadinServiceInitListener {

    private final AccountColours accountColours;
    private final SignedInName signedIn;

    ColoursInitializer(AccountColours accountColours, SignedInName signedIn) {
        this.accountColours = accountColours;
        this.signedIn = signedIn;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            ColourChoice choice = signedIn.displayName().isPresent() ? accountColours.colours() : Colours.device();
            // Kept with the UI by apply, so that the menu's "Colours" shows it without asking the
            // database again.
            Colours.apply(choice);
        });
    }
}
