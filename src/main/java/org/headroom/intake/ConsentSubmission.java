package org.headroom.intake;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A consent being given or declined: the text shown, the answer, and the signature, either drawn
 * (a PNG image) or typed (the signer's name plus an explicit tick).
 */
public class ConsentSubmission {

    @NotNull
    private Long textId;

    private boolean granted;

    @NotBlank(message = "{consent.signer.required}")
    @Size(max = 200, message = "{field.too-long}")
    private String signerName = "";

    @NotNull
    private SignerRole signerRole = SignerRole.CLIENT;

    private byte[] signaturePng;

    private boolean typedConfirmed;

    public ConsentSubmission() {}

    public ConsentSubmission(long textId, boolean granted, String signerName, SignerRole signerRole) {
        this.textId = textId;
        this.granted = granted;
        this.signerName = signerName;
        this.signerRole = signerRole;
    }

    public Long getTextId() {
        return textId;
    }

    public void setTextId(Long textId) {
        this.textId = textId;
    }

    public boolean isGranted() {
        return granted;
    }

    public void setGranted(boolean granted) {
        this.granted = granted;
    }

    public String getSignerName() {
        return signerName;
    }

    public void setSignerName(String signerName) {
        this.signerName = signerName;
    }

    public SignerRole getSignerRole() {
        return signerRole;
    }

    public void setSignerRole(SignerRole signerRole) {
        this.signerRole = signerRole;
    }

    public byte[] getSignaturePng() {
        return signaturePng;
    }

    public void setSignaturePng(byte[] signaturePng) {
        this.signaturePng = signaturePng;
    }

    public boolean isTypedConfirmed() {
        return typedConfirmed;
    }

    public void setTypedConfirmed(boolean typedConfirmed) {
        this.typedConfirmed = typedConfirmed;
    }
}
