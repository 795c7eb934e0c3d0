package org.headroom.base;

import org.aopalliance.aop.Advice;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;

/** Advice around every {@link ServiceCalls service call}, at its place in the order of advice. */
public abstract class ServiceCallAdvisor extends AbstractPointcutAdvisor implements MethodInterceptor {

    protected ServiceCallAdvisor(int order) {
        setOrder(order);
    }

    @Override
    public final Pointcut getPointcut() {
        return ServiceCalls.POINTCUT;
    }

    @Override
    public final Advice getAdvice() {
        return this;
    }
}
