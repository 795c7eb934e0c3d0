package org.headroom.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;
import static org.headroom.Fixtures.BEN;

import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.client.ClientDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Consent to marketing is respected: a withdrawal or a later refusal takes the client off the list. */
@IntegrationTest
class MarketingServiceTest {

    @Autowired
    MarketingService marketing;

    @Autowired
    ConsentService consents;

    @Autowired
    Fixtures fixtures;

    @Test
    void only_clients_whose_marketing_consent_stands_now_are_listed() {
        ClientDetails yes = fixtures.clientOf(ANNA, "Yes", "Please");
        ClientDetails withdrawn = fixtures.clientOf(ANNA, "Changed", "Mind");
        ClientDetails declinedLater = fixtures.clientOf(ANNA, "Said", "Nolater");
        fixtures.runAs(ANNA, () -> {
            consents.record(yes.id(), null, IntakeFixtures.typed(marketingText(), true, "Yes Please"));
            ConsentRecord given =
                    consents.record(withdrawn.id(), null, IntakeFixtures.typed(marketingText(), true, "Changed Mind"));
            consents.withdraw(given.id(), "Asked by phone");
            consents.record(declinedLater.id(), null, IntakeFixtures.typed(marketingText(), true, "Said No"));
            consents.record(declinedLater.id(), null, IntakeFixtures.typed(marketingText(), false, "Said No"));
            return null;
        });

        var listed = fixtures.runAs(ANNA, () -> marketing.contacts()).stream()
                .map(MarketingContact::clientId)
                .toList();
        assertThat(listed).contains(yes.id()).doesNotContain(withdrawn.id(), declinedLater.id());
        assertThat(fixtures.runAs(ANNA, () -> marketing.csv()))
                .contains("\"Yes " + yes.lastName() + "\",\"client@example.org\"");
        assertThat(fixtures.runAs(BEN, () -> marketing.contacts()))
                .extracting(MarketingContact::clientId)
                .doesNotContain(yes.id());
    }

    private ConsentText marketingText() {
        return consents.currentTexts().stream()
                .filter(t -> t.type() == ConsentType.MARKETING)
                .findFirst()
                .orElseThrow();
    }
}
