package org.headroom.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown for an unknown address and for a record the user may not see; it says the same in both
 * cases, so nothing about another therapist's clients can be learnt from it.
 */
@ParentLayout(MainLayout.class)
@PermitAll
final class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        setId("not-found");
        H1 title = new H1(getTranslation("not-found.title"));
        Paragraph text = new Paragraph(getTranslation("not-found.text"));
        Button home = new Button(
                getTranslation("not-found.home"), e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("")));
        add(title, text, home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
