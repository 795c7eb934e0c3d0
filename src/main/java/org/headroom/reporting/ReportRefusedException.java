package org.headroom.reporting;

/** A report was refused, e.g. a GP copy without consent to contact the GP; the message is a key. */
public class ReportRefusedException extends IllegalStateException {

    public ReportRefusedException(String messageKey) {
        super(messageKey);
    }
}
