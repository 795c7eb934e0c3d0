package org.headroom.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.headroom.base.Formats;
import org.springframework.stereotype.Component;

/** Every UI speaks English (UK) and formats dates the UK way, whatever the browser asks for. */
@Component
class UiLocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Formats.LOCALE));
    }
}
