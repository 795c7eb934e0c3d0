package org.headroom.intake;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientConsentRepository extends JpaRepository<ClientConsent, Long> {

    /** With their wordings in the same statement (one look-up per wording otherwise). */
    @EntityGraph(attributePaths = "wording")
    List<ClientConsent> findByClientIdOrderByGivenAtDescIdDesc(long clientId);
}
