package org.headroom.diary.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import org.headroom.diary.ClientDiaryService;
import org.headroom.diary.DiaryUnavailableException;
import org.headroom.diary.HealthDataConsentMissingException;

/**
 * A page of the client's own diary, phone first and gentle during a migraine: a dim dark theme by
 * default (a switch per device), no animation, large targets (44 px or more), one column that works
 * one-handed at 360 px and at 200 % zoom. The device's cookie names the diary; without a known
 * device the page says how to open the diary and shows nothing else.
 */
@StyleSheet("styles/client-diary.css")
abstract class ClientDiaryPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final ClientDiaryService service;
    protected String device;

    ClientDiaryPage(ClientDiaryService service) {
        this.service = service;
        addClassName("hr-diary");
        // The page is its own main landmark (no menu around it).
        getElement().setAttribute("role", "main");
        setPadding(true);
        setSpacing(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cd.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyTheme();
        device = DiaryCookies.read(DiaryCookies.DEVICE).orElse(null);
        if (device == null || !service.deviceKnown(device)) {
            device = null;
            showNoDiary();
            return;
        }
        enter(event);
    }

    /** The page for a known device. */
    protected abstract void enter(BeforeEnterEvent event);

    /** Runs an action against the service; a device that stopped working shows why, a refusal shows its message. */
    protected void safely(Runnable action) {
        try {
            action.run();
        } catch (DiaryUnavailableException e) {
            showNoDiary();
        } catch (HealthDataConsentMissingException e) {
            tell(getTranslation("cd.no-consent"));
        }
    }

    private static final String STATUS = "headroom.diary.status";

    /**
     * Says what just happened at the top of the next page shown (a toast would cover the buttons of
     * a phone's screen); announced to screen readers.
     */
    static void tell(String text) {
        com.vaadin.flow.component.ComponentUtil.setData(UI.getCurrent(), STATUS, text);
    }

    /** The message told last, once; empty when there is none. */
    protected com.vaadin.flow.component.html.Paragraph statusLine() {
        Object text = com.vaadin.flow.component.ComponentUtil.getData(UI.getCurrent(), STATUS);
        com.vaadin.flow.component.ComponentUtil.setData(UI.getCurrent(), STATUS, null);
        Paragraph status = new Paragraph(text == null ? "" : text.toString());
        status.setId("diary-status");
        status.addClassName("hr-diary-status");
        status.getElement().setAttribute("role", "status");
        return status;
    }

    protected void showNoDiary() {
        removeAll();
        add(new H1(getTranslation("cd.none.title")), new Paragraph(getTranslation("cd.none.text")));
    }

    protected void applyTheme() {
        org.headroom.base.ui.Colours.applyDevice();
        // Installable from the home screen; the icon opens the diary, whose cookie names the client.
        UI.getCurrent()
                .getPage()
                .executeJs(
                        """
                if (!document.querySelector('link[rel=manifest]')) {
                  const m = document.createElement('link'); m.rel = 'manifest'; m.href = 'diary.webmanifest';
                  document.head.appendChild(m);
                  const i = document.createElement('link'); i.rel = 'apple-touch-icon';
                  i.href = 'icons/diary-icon-180.png'; document.head.appendChild(i);
                  const t = document.createElement('meta'); t.name = 'theme-color'; t.content = '#161d20';
                  document.head.appendChild(t);
                }""");
    }

    protected Anchor back() {
        Anchor back = new Anchor("diary", getTranslation("cd.back"));
        back.addClassName("hr-diary-back");
        back.setId("diary-back");
        return back;
    }
}
