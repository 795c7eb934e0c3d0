package org.headroom.intake;

/**
 * A contraindication ticked at intake, with the label and severity the practice's list had at the
 * time, so that a completed intake reads the same after the list changes.
 */
public record ContraindicationAnswer(String code, String label, Severity severity) {}
