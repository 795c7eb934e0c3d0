package org.headroom.base.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;

/**
 * A signature drawn with finger, stylus or mouse ({@code frontend/components/signature-pad.js}).
 * The value is a PNG data URL, empty when nothing is drawn; the server decodes and checks it.
 */
@Tag("headroom-signature-pad")
@JsModule("./components/signature-pad.js")
public class SignaturePad extends AbstractSinglePropertyField<SignaturePad, String> implements HasSize {

    public SignaturePad(String label, String clearLabel) {
        super("value", "", false);
        getElement().setAttribute("label", label);
        getElement().setAttribute("clear-label", clearLabel);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getElement().setAttribute("disabled", readOnly);
    }
}
