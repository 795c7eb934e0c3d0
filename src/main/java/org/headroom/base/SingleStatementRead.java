package org.headroom.base;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A service read that is one statement, on the pages' hottest paths: it joins a transaction that is
 * already running but opens none of its own. One statement is consistent in itself (MariaDB runs it
 * in its own snapshot), and a read-only transaction around it cost five more trips to the database:
 * switching autocommit off and on, the read-only flag on and off, and the commit (ADR 0023).
 *
 * <p>Only for a method that issues exactly one statement and reads no lazy association afterwards;
 * the caller checks (the service's guard and its own checks) run as before.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
public @interface SingleStatementRead {}
