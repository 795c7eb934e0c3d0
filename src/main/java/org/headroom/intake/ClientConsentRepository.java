package org.headroom.intake;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ClientConsentRepository extends JpaRepository<ClientConsent, Long> {

    /**
     * The client's consents as records, newest first, in one statement with their wordings and
     * without the drawn signatures (only whether there is one): a client page asks for them on
     * every visit, and a signature is an image of several kilobytes.
     */
    @Query("select new org.headroom.intake.ConsentRecord(c.id, w.type, w.textVersion, w.body, c.granted, c.signerName,"
            + " c.signerRole, case when c.signaturePng is not null then true else false end, c.typedSignature,"
            + " c.takenVia, c.takenBy, c.givenAt, c.withdrawnAt, c.withdrawnBy, c.withdrawalNote)"
            + " from ClientConsent c join c.wording w where c.clientId = :clientId order by c.givenAt desc, c.id desc")
    List<ConsentRecord> records(@Param("clientId") long clientId);
}
