package org.headroom.base.cluster;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.aopalliance.intercept.MethodInvocation;
import org.headroom.base.Causes;
import org.headroom.base.ConcurrentEditException;
import org.headroom.base.ServiceCallAdvisor;
import org.headroom.base.ServiceCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.AnnotationTransactionAttributeSource;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ClassUtils;

/**
 * Retries a service call whose transaction the database refused as a conflict: on a Galera cluster
 * two servers may change the same rows through different nodes at the same moment, and the node
 * that certifies second rolls its transaction back (MariaDB error 1213, SQL state 40001, "try
 * restarting transaction"); a single MariaDB says the same of a deadlock. The whole transaction was
 * undone, so running the call again is what the database asks for, and the call's own checks (a
 * record's version, a signature already made) see whatever the other server committed.
 *
 * <p>Only where that is safe: around the outermost service call, when that call is one transaction
 * (an inner call has no transaction of its own to repeat, and a call made of several transactions
 * may have kept some of them), and only when the failed attempt had no
 * effect outside the database ({@link #effectOutsideDatabase()}: an e-mail handed to a server cannot
 * be taken back, and would be sent twice). Otherwise, and once the attempts are used up, the caller
 * gets a {@link ConcurrentEditException}: the page says that someone else changed the record.
 * Inside {@code ConcurrentEditTranslation}, outside the transaction and method security; around
 * {@link ServiceCalls}.
 *
 * <p>A transaction cut off when its database node failed ({@link #isLostTransaction}) is run again
 * on the same terms; when it cannot be, the failure is passed on as it is.
 */
@Component
@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
public class ConflictRetry extends ServiceCallAdvisor {

    static final int ATTEMPTS = 3;
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);
    private static final ThreadLocal<boolean[]> ATTEMPT = new ThreadLocal<>();

    /**
     * Marks the running attempt as having done something outside the database, so that it is not
     * run again after a conflict. Called by whatever sends something away (e-mail).
     */
    public static void effectOutsideDatabase() {
        boolean[] attempt = ATTEMPT.get();
        if (attempt != null) {
            attempt[0] = true;
        }
    }

    private final TransactionAttributeSource transactions = new AnnotationTransactionAttributeSource();

    ConflictRetry() {
        super(Ordered.HIGHEST_PRECEDENCE + 20);
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        if (ATTEMPT.get() != null || TransactionSynchronizationManager.isActualTransactionActive()) {
            return call.proceed();
        }
        Class<?> target =
                call.getThis() == null ? call.getMethod().getDeclaringClass() : AopUtils.getTargetClass(call.getThis());
        TransactionAttribute transaction = transactionOf(call.getMethod(), target);
        if (transaction == null || !(call instanceof ProxyMethodInvocation repeatable)) {
            try {
                return call.proceed();
            } catch (RuntimeException refused) {
                throw isConflict(refused) ? new ConcurrentEditException("record", "?", refused) : refused;
            }
        }
        boolean[] effect = new boolean[1];
        ATTEMPT.set(effect);
        try {
            for (int attempt = 1; ; attempt++) {
                effect[0] = false;
                try {
                    // Each attempt from the same point of the chain: the transaction and all inside it.
                    return repeatable.invocableClone().proceed();
                } catch (RuntimeException refused) {
                    boolean conflict = isConflict(refused);
                    if (!conflict && !isLostTransaction(refused, transaction.isReadOnly())) {
                        throw refused;
                    }
                    String what = ClassUtils.getShortName(target) + "."
                            + call.getMethod().getName() + "(..)";
                    String why = conflict ? "conflicting change in the database" : "database connection lost";
                    if (effect[0] || attempt == ATTEMPTS) {
                        LOG.warn(
                                "{}: {}, not retried ({})",
                                what,
                                why,
                                effect[0] ? "it had an effect outside the database" : attempt + " attempts");
                        throw conflict ? new ConcurrentEditException("record", "?", refused) : refused;
                    }
                    LOG.info("{}: {}, attempt {} of {}", what, why, attempt + 1, ATTEMPTS);
                    Thread.sleep(ThreadLocalRandom.current().nextLong(10, 40L * attempt));
                }
            }
        } finally {
            ATTEMPT.remove();
        }
    }

    /**
     * The transaction the call is, when it is one that it begins itself (then nothing of a failed
     * attempt was kept); otherwise null. A call without a transaction of its own may have committed
     * some of its steps before the one refused, and running it again would repeat them.
     */
    private TransactionAttribute transactionOf(Method method, Class<?> target) {
        // Looked up once per method: every service call passes here.
        return ownTransactions
                .computeIfAbsent(new Call(method, target), this::ownTransaction)
                .orElse(null);
    }

    private record Call(Method method, Class<?> target) {}

    private final Map<Call, Optional<TransactionAttribute>> ownTransactions = new ConcurrentHashMap<>();

    private Optional<TransactionAttribute> ownTransaction(Call call) {
        Method method = AopUtils.getMostSpecificMethod(call.method(), call.target());
        TransactionAttribute attribute = transactions.getTransactionAttribute(method, call.target());
        boolean own = attribute != null
                && (attribute.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRED
                        || attribute.getPropagationBehavior() == TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return own ? Optional.of(attribute) : Optional.empty();
    }

    /**
     * A transaction the database connection lost before its commit: the node it ran on failed, and
     * the driver has already moved the connection to the next node (MariaDB Connector/J says "In
     * progress transaction was lost"). Nothing of it was kept, so running it again is safe. A
     * connection lost during the COMMIT itself is not, unless the transaction only read: whether
     * its writes were kept cannot be known.
     */
    static boolean isLostTransaction(Throwable refused, boolean readOnly) {
        return Causes.any(
                refused,
                t -> t instanceof SQLTransientConnectionException lost
                        && lost.getMessage() != null
                        && lost.getMessage().contains("Driver has reconnect connection")
                        && (readOnly || !lost.getMessage().contains("COMMIT")));
    }

    /** A refusal that asks for the transaction to be run again: a deadlock or a certification conflict. */
    static boolean isConflict(Throwable refused) {
        return Causes.any(
                refused,
                t -> t instanceof SQLException sql
                        && (sql.getErrorCode() == 1213 || "40001".equals(sql.getSQLState())));
    }
}
