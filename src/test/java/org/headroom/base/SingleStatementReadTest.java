package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import java.util.Map;
import java.util.function.Supplier;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientFilter;
import org.headroom.client.ClientService;
import org.headroom.client.ClientSummary;
import org.headroom.security.TwoFactorService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pages' hottest reads are one statement each on the database, with no transaction around them
 * (ADR 0023), counted on the MariaDB server itself.
 */
@IntegrationTest
class SingleStatementReadTest {

    private static final int CALLS = 20;

    @Autowired
    ClientService clients;

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_client_list_and_the_security_page_read_without_a_transaction_of_their_own() {
        fixtures.clientOf(ANNA, "Single", Fixtures.unique("Statement"));
        PageRequest page = PageRequest.of(0, 50, Sort.by("lastName", "firstName"));
        ClientFilter filter = new ClientFilter("", ClientFilter.Status.ACTIVE);

        Map<String, Long> listing = serverCounts(() -> fixtures.runAs(ANNA, () -> {
            for (int i = 0; i < CALLS; i++) {
                assertThat(clients.search(filter, page))
                        .extracting(ClientSummary::firstName)
                        .contains("Single");
            }
            return null;
        }));
        Map<String, Long> security = serverCounts(() -> fixtures.runAs(ANNA, () -> {
            for (int i = 0; i < CALLS; i++) {
                assertThat(twoFactor.status().enabled()).isFalse();
            }
            return null;
        }));

        for (Map<String, Long> counts : java.util.List.of(listing, security)) {
            assertThat(counts.get("Com_select")).isGreaterThanOrEqualTo(CALLS);
            // A read-only transaction around each call adds a commit and four session settings;
            // the few others are the server's and the rest of the application's.
            assertThat(counts.get("Com_commit")).isLessThan(CALLS / 2);
            assertThat(counts.get("Com_set_option")).isLessThan(CALLS / 2);
        }
    }

    /** The server's statement counters around the work (every connection's, so the margins above). */
    private Map<String, Long> serverCounts(Supplier<?> work) {
        Map<String, Long> before = status();
        work.get();
        Map<String, Long> after = status();
        Map<String, Long> delta = new java.util.HashMap<>();
        after.forEach((name, value) -> delta.put(name, value - before.get(name)));
        return delta;
    }

    private Map<String, Long> status() {
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.query("show global status where Variable_name in ('Com_select', 'Com_commit', 'Com_set_option')", rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }
}
