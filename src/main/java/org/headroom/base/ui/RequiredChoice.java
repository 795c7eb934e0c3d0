package org.headroom.base.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;

/**
 * Marks a group of checkboxes or a select as required in its label. Vaadin would put
 * {@code aria-required} on the group (role "group") or on the select's button (role "button"),
 * where ARIA does not allow it and screen readers ignore it; the words in the label reach
 * everyone.
 */
public final class RequiredChoice {

    private RequiredChoice() {}

    /** Call after binding: a bean-validation binder may have switched the indicator on. */
    public static <F extends HasLabel & HasValue<?, ?>> void mark(F field) {
        field.setRequiredIndicatorVisible(false);
        String required = com.vaadin.flow.component.UI.getCurrent() == null
                ? "(required)"
                : com.vaadin.flow.component.UI.getCurrent().getTranslation("required-mark");
        if (field.getLabel() != null && !field.getLabel().endsWith(required)) {
            field.setLabel(field.getLabel() + " " + required);
        }
    }
}
