package org.headroom.base.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** The name search used above lists: searches as the user pauses typing, clearable with one tap. */
public final class SearchField extends TextField {

    public SearchField(String id, String placeholder, String ariaLabel, Runnable onChange) {
        setId(id);
        setPlaceholder(placeholder);
        setAriaLabel(ariaLabel);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setMinWidth("16rem");
        addValueChangeListener(e -> onChange.run());
    }
}
