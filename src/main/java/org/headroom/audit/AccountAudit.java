package org.headroom.audit;

import org.headroom.security.AccountChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the practice admin's account changes to the audit trail: who (the signed-in admin), to
 * whom, what, when and from where. Runs inside the transaction of the change.
 */
@Component
class AccountAudit {

    private final AuditTrail audit;

    AccountAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AccountChanged event) {
        AuditAction action = event.change() == AccountChanged.Change.CREATED ? AuditAction.CREATE : AuditAction.UPDATE;
        String detail = event.username() == null ? event.what() : event.username() + ": " + event.what();
        audit.change(action, RecordType.ACCOUNT, event.accountId() == 0 ? null : event.accountId(), null, detail);
    }
}
