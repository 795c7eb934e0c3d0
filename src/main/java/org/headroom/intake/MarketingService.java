package org.headroom.intake;

import java.util.List;
import org.headroom.audit.AuditAction;
import org.headroom.audit.AuditTrail;
import org.headroom.audit.RecordType;
import org.headroom.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may receive news from the practice: the therapist's active clients whose latest answer to the
 * marketing consent is yes and not withdrawn. A declined or withdrawn consent keeps a client off the
 * list, whatever they said before (docs/clinical-rules.md, "Data protection": marketing is never
 * bundled with the other consents).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('THERAPIST')")
public class MarketingService {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AuditTrail audit;

    MarketingService(JdbcTemplate jdbc, CurrentUser currentUser, AuditTrail audit) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    public List<MarketingContact> contacts() {
        return jdbc.query(
                """
                select c.id, concat(c.first_name, ' ', c.last_name) as name, c.email
                  from client c
                  join (select k.client_id, k.granted, k.withdrawn_at,
                               row_number() over (partition by k.client_id order by k.given_at desc, k.id desc) as newest
                          from consent k join consent_text t on t.id = k.consent_text_id
                         where t.consent_type = 'MARKETING') m on m.client_id = c.id and m.newest = 1
                 where c.therapist_id = ? and c.archived = false and m.granted = true and m.withdrawn_at is null
                   and c.email is not null
                 order by c.last_name, c.first_name, c.id
                """,
                (rs, i) -> new MarketingContact(rs.getLong("id"), rs.getString("name"), rs.getString("email")),
                currentUser.requireTherapistId());
    }

    /** The list as CSV; the export is recorded in the audit trail. */
    public String csv() {
        List<MarketingContact> contacts = contacts();
        audit.output(
                AuditAction.EXPORT, RecordType.CONSENT, null, null, "marketing list, " + contacts.size() + " clients");
        StringBuilder out = new StringBuilder("name,email\r\n");
        contacts.forEach(c -> out.append(org.headroom.base.Csv.text(c.name()))
                .append(',')
                .append(org.headroom.base.Csv.text(c.email()))
                .append("\r\n"));
        return out.toString();
    }
}
