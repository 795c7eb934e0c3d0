package org.headroom.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClientConsentRepository extends JpaRepository<ClientConsent, Long> {

    List<ClientConsent> findByClientIdOrderByGivenAtDescIdDesc(long clientId);
}
