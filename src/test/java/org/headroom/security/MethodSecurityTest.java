package org.headroom.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.headroom.Fixtures.ANNA;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.headroom.Fixtures;
import org.headroom.IntegrationTest;
import org.headroom.base.ServiceCallAdvisor;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Every method that carries {@code @PreAuthorize} (on itself or on its class) is guarded in the
 * running application: called with nobody signed in it is refused before its body runs, and the
 * practice administrator's methods are refused to a therapist. Headroom registers the one advisor
 * it needs instead of Spring Security's default set (SecurityConfiguration); this fails if a
 * guarded method slips through it. A new guarded method is covered without being listed here.
 */
@IntegrationTest
class MethodSecurityTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Test
    void every_guarded_method_refuses_a_caller_who_is_not_signed_in() {
        SecurityContextHolder.clearContext();
        // The public pages' services (online booking, the client's diary, the intake link) are open
        // to anyone by design, with permitAll(), and check their link instead.
        List<Guarded> guarded = guardedMethods().stream()
                .filter(method -> !method.rule().equals("permitAll()"))
                .toList();
        assertThat(guarded)
                .as("Headroom's services guard their methods with @PreAuthorize")
                .hasSizeGreaterThan(20);
        assertThat(guarded).extracting(Guarded::name).contains("UserAccountService.create", "AuditService.search");
        List<String> open = new ArrayList<>();
        for (Guarded method : guarded) {
            Throwable thrown = call(method);
            if (!(thrown instanceof AuthenticationCredentialsNotFoundException)) {
                open.add(method.name() + " threw " + thrown);
            }
        }
        assertThat(open).as("guarded methods that ran without a sign-in").isEmpty();
    }

    @Test
    void the_practice_administrators_methods_refuse_a_therapist() {
        List<Guarded> adminOnly = guardedMethods().stream()
                .filter(method -> method.rule().equals("hasRole('PRACTICE_ADMIN')"))
                .toList();
        assertThat(adminOnly).extracting(Guarded::name).contains("UserAccountService.create");
        List<String> open = new ArrayList<>();
        for (Guarded method : adminOnly) {
            Throwable thrown = fixtures.runAs(ANNA, () -> call(method));
            if (!(thrown instanceof AccessDeniedException)) {
                open.add(method.name() + " threw " + thrown);
            }
        }
        assertThat(open)
                .as("administrator's methods that a therapist could call")
                .isEmpty();
    }

    @Test
    void the_guard_runs_inside_the_services_own_advice_where_spring_security_puts_it() {
        List<AuthorizationManagerBeforeMethodInterceptor> guards =
                List.copyOf(context.getBeansOfType(AuthorizationManagerBeforeMethodInterceptor.class)
                        .values());
        assertThat(guards).hasSize(1);
        int guard = guards.getFirst().getOrder();
        assertThat(guard).isEqualTo(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        assertThat(context.getBeansOfType(ServiceCallAdvisor.class).values())
                .as("refused versions and conflict retry wrap the guard")
                .isNotEmpty()
                .allSatisfy(advice -> assertThat(advice.getOrder()).isLessThan(guard));
    }

    private record Guarded(Object bean, Method method, String rule) {
        String name() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    /** The public methods of Headroom's beans that carry {@code @PreAuthorize}, with its rule. */
    private List<Guarded> guardedMethods() {
        List<Guarded> guarded = new ArrayList<>();
        for (String name : context.getBeanDefinitionNames()) {
            if (!context.isSingleton(name)) {
                continue;
            }
            Object bean = context.getBean(name);
            Class<?> target = AopUtils.getTargetClass(bean);
            if (!target.getName().startsWith("org.headroom.")) {
                continue;
            }
            for (Method method : target.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
                if (rule == null) {
                    rule = AnnotatedElementUtils.findMergedAnnotation(target, PreAuthorize.class);
                }
                if (rule != null) {
                    guarded.add(new Guarded(bean, method, rule.value()));
                }
            }
        }
        return guarded;
    }

    /** Calls the method on the bean with empty arguments; what it threw, or null if it returned. */
    private static Throwable call(Guarded guarded) {
        Method method = guarded.method();
        Object[] arguments = new Object[method.getParameterCount()];
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < types.length; i++) {
            arguments[i] = emptyValue(types[i]);
        }
        try {
            method.setAccessible(true);
            method.invoke(guarded.bean(), arguments);
            return null;
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new AssertionError(guarded.name(), e);
        }
    }

    /** The JVM's default value of the type: null, or a primitive's zero or false. */
    private static Object emptyValue(Class<?> type) {
        return type.isPrimitive() ? Array.get(Array.newInstance(type, 1), 0) : null;
    }
}
