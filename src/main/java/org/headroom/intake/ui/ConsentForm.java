package org.headroom.intake.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.headroom.base.ui.SignaturePad;
import org.headroom.intake.ConsentRefusedException;
import org.headroom.intake.ConsentSubmission;
import org.headroom.intake.ConsentText;
import org.headroom.intake.Signatures;
import org.headroom.intake.SignerRole;

/**
 * The consents, each with its exact text and its own tick, then who signs and the signature: drawn
 * with finger or mouse, or, where drawing is impossible, the typed name with an explicit tick.
 * Used in person (therapist's tablet) and on the client's own phone.
 */
public final class ConsentForm extends VerticalLayout {

    final Map<ConsentText, Checkbox> answers = new LinkedHashMap<>();
    final TextField signerName = new TextField();
    final RadioButtonGroup<SignerRole> role = new RadioButtonGroup<>();
    final SignaturePad signature;
    final Checkbox typed = new Checkbox();
    private final Span problem = new Span();

    public ConsentForm(List<ConsentText> texts, boolean minor, String clientName) {
        setPadding(false);
        addClassName("hr-consent-form");
        for (ConsentText text : texts) {
            Div block = new Div();
            block.addClassName("hr-consent-text");
            H4 title = new H4(getTranslation("consent." + text.type().name()) + " "
                    + getTranslation(text.type().isRequired() ? "consent.required-mark" : "consent.optional-mark"));
            Checkbox agree = new Checkbox(getTranslation("consent.agree"));
            agree.setId("consent-" + text.type().name());
            answers.put(text, agree);
            block.add(title, new Paragraph(text.body()), agree);
            add(block);
        }
        signerName.setId("consent-signer");
        signerName.setLabel(getTranslation("consent.signer"));
        signerName.setWidthFull();
        signerName.setValue(minor ? "" : clientName);
        role.setId("consent-role");
        role.setLabel(getTranslation("consent.role"));
        role.setItems(SignerRole.values());
        role.setItemLabelGenerator(r -> getTranslation("consent.role." + r.name()));
        role.setValue(minor ? SignerRole.PARENT_GUARDIAN : SignerRole.CLIENT);
        if (minor) {
            add(new Paragraph(getTranslation("consent.minor-note")));
        }
        signature = new SignaturePad(getTranslation("consent.signature"), getTranslation("consent.signature.clear"));
        signature.setId("consent-signature");
        typed.setId("consent-typed");
        typed.setLabel(getTranslation("consent.typed"));
        problem.addClassName("hr-problem");
        problem.setId("consent-problem");
        add(signerName, role, signature, typed, problem);
    }

    void showProblem(String text) {
        problem.setText(text);
    }

    /** One submission per consent, all signed the same way; null (with the problem shown) when incomplete. */
    public List<ConsentSubmission> submissions() {
        problem.setText("");
        if (signerName.getValue().isBlank()) {
            signerName.setInvalid(true);
            signerName.setErrorMessage(getTranslation("consent.signer.required"));
            return null;
        }
        byte[] png = Signatures.fromDataUrl(signature.getValue());
        if (png == null && !typed.getValue()) {
            throw new ConsentRefusedException("consent.signature-required");
        }
        List<ConsentSubmission> result = new ArrayList<>();
        answers.forEach((text, box) -> {
            ConsentSubmission s =
                    new ConsentSubmission(text.id(), box.getValue(), signerName.getValue(), role.getValue());
            s.setSignaturePng(png);
            s.setTypedConfirmed(png == null && typed.getValue());
            result.add(s);
        });
        return result;
    }
}
