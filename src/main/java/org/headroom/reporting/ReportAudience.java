package org.headroom.reporting;

/**
 * Who a printed report is for: the client, or the client's GP, which needs the client's consent to
 * contact the GP (docs/clinical-rules.md, "Data protection": separate, optional consent).
 */
public enum ReportAudience {
    CLIENT,
    GP
}
