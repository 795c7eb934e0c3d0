package org.headroom.base;

import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
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
@Component
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
class ConcurrentEditTranslation extends ServiceCallAdvisor {

    ConcurrentEditTranslation() {
        super(Ordered.HIGHEST_PRECEDENCE + 10);
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        try {
            return call.proceed();
        } catch (ObjectOptimisticLockingFailureException refused) {
            throw new ConcurrentEditException(refused.getPersistentClassName(), refused.getIdentifier(), refused);
        } catch (OptimisticLockingFailureException refused) {
            throw new ConcurrentEditException("record", "?", refused);
        }
    }
}
