package org.headroom.intake;

import java.util.EnumSet;
import java.util.List;
import org.headroom.base.clinical.AcuteMedicationClass;
import org.headroom.base.clinical.AssociatedSymptom;
import org.headroom.base.clinical.HeadacheType;

/** Intake answers and consents for tests. */
public final class IntakeFixtures {

    private IntakeFixtures() {}

    /** Every required answer given, no red flags, no contraindications. */
    public static IntakeAnswers complete() {
        IntakeAnswers a = new IntakeAnswers();
        a.setDiagnosedBy(DiagnosedBy.GP);
        a.setHeadacheTypes(EnumSet.of(HeadacheType.MIGRAINE_WITHOUT_AURA));
        a.setAgeAtOnset(16);
        a.setHeadacheDaysPerMonth(6);
        a.setUsualDurationHours(12);
        a.setUsualIntensity(7);
        a.setAura(false);
        a.setSymptoms(EnumSet.of(AssociatedSymptom.NAUSEA, AssociatedSymptom.PHOTOPHOBIA));
        a.setAcuteMedicationClass(AcuteMedicationClass.TRIPTAN);
        a.setAcuteMedication("Sumatriptan 50 mg");
        a.setAcuteMedicationDaysPerMonth(4);
        a.setSleepQuality(5);
        a.setStressLevel(7);
        a.setGoals("Fewer migraine days; less neck tension");
        a.setPressure(Pressure.MEDIUM);
        return a;
    }

    public static ConsentSubmission typed(ConsentText text, boolean granted, String signer) {
        ConsentSubmission s = new ConsentSubmission(text.id(), granted, signer, SignerRole.CLIENT);
        s.setTypedConfirmed(true);
        return s;
    }

    /** A drawn signature: a white PNG with a stroke across it. */
    public static byte[] signaturePng() {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(300, 100, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 300, 100);
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawLine(20, 70, 120, 30);
        g.drawLine(120, 30, 280, 60);
        g.dispose();
        try (java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static List<ConsentSubmission> allTyped(List<ConsentText> texts, String signer) {
        return texts.stream().map(t -> typed(t, true, signer)).toList();
    }
}
