package org.headroom.reporting;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.headroom.base.Csv;

/**
 * The per-client export as CSV: a header line, then one line per client; text cells through
 * {@link Csv} (quoted, formulas defused).
 */
final class ClientOutcomeCsv {

    static final String HEADER = "client_number,client_name,therapist,baseline_headache_days_per_28,"
            + "current_headache_days_per_28,change,periods_compared,responder,midas_first,midas_latest,sessions\r\n";

    private ClientOutcomeCsv() {}

    static String line(ClientOutcomeRow row) {
        Double change = row.baselineHeadacheDays() == null || row.currentHeadacheDays() == null
                ? null
                : Change.round1(row.currentHeadacheDays() - row.baselineHeadacheDays());
        return Stream.of(
                                String.valueOf(row.clientId()),
                                Csv.text(row.clientName()),
                                Csv.text(row.therapistName()),
                                value(row.baselineHeadacheDays()),
                                decimal(row.currentHeadacheDays()),
                                decimal(change),
                                value(row.comparedPeriods()),
                                row.responder() == null ? "" : row.responder() ? "yes" : "no",
                                value(row.midasFirst()),
                                value(row.midasLatest()),
                                String.valueOf(row.sessions()))
                        .collect(Collectors.joining(","))
                + "\r\n";
    }

    private static String value(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.1f", value);
    }
}
