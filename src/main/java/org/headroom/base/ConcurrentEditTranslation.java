package org.headroom.base;

import org.aspectj.lang.annotation.AfterThrowing;
import org.aspectj.lang.annotation.Aspect;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Two saves of the same record at the same moment both pass a service's version check; the database
 * then refuses the second one (Hibernate's {@code where version = ?}). That refusal leaves a service
 * as the same {@link ConcurrentEditException} as a stale version, so the page says that someone else
 * saved the record and offers to reload, instead of reporting an unexpected error. Outermost, so that
 * a refusal at commit is translated too. Found by the load test (docs/performance.md).
 */
@Aspect
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ConcurrentEditTranslation {

    @AfterThrowing(pointcut = "execution(public * org.headroom..*Service.*(..))", throwing = "refused")
    void translate(OptimisticLockingFailureException refused) {
        if (refused instanceof ObjectOptimisticLockingFailureException record) {
            throw new ConcurrentEditException(record.getPersistentClassName(), record.getIdentifier(), refused);
        }
        throw new ConcurrentEditException("record", "?", refused);
    }
}
