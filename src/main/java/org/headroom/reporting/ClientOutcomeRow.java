package org.headroom.reporting;

/**
 * One client's figures in the practice outcomes, as exported: headache days per 28 days at
 * baseline and now, the responder reading, MIDAS first and latest (with two or more scores), and
 * signed sessions in the dates.
 *
 * @param clientName null in the practice-wide export, which identifies clients by number only
 */
public record ClientOutcomeRow(
        long clientId,
        String clientName,
        String therapistName,
        Integer baselineHeadacheDays,
        Double currentHeadacheDays,
        Integer comparedPeriods,
        Boolean responder,
        Integer midasFirst,
        Integer midasLatest,
        int sessions) {}
