package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.headroom.IntegrationTest;
import org.headroom.base.cluster.ConflictRetry;
import org.headroom.client.ClientService;
import org.junit.jupiter.api.Test;
import org.springframework.aop.Advisor;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service calls that the conflict retry and the translation of refused versions wrap: public
 * methods of Headroom's {@code ...Service} classes, and nothing else.
 */
@IntegrationTest
class ServiceCallsTest {

    @Autowired
    ClientService clients;

    @Test
    void the_public_methods_of_headrooms_services_are_service_calls() {
        assertThat(ServiceCalls.POINTCUT.getClassFilter().matches(ClientService.class))
                .isTrue();
        Method[] declared = ClientService.class.getDeclaredMethods();
        assertThat(Arrays.stream(declared).filter(m -> !Modifier.isPublic(m.getModifiers())))
                .isNotEmpty();
        for (Method method : declared) {
            assertThat(ServiceCalls.POINTCUT.matches(method, ClientService.class))
                    .as(method.toString())
                    .isEqualTo(Modifier.isPublic(method.getModifiers()));
        }
    }

    @Test
    void other_classes_and_methods_are_not() throws Exception {
        assertThat(ServiceCalls.POINTCUT.getClassFilter().matches(ServiceCalls.class))
                .isFalse();
        assertThat(ServiceCalls.POINTCUT.getClassFilter().matches(String.class)).isFalse();
        // Named like a service, but not Headroom's.
        assertThat(ServiceCalls.POINTCUT.getClassFilter().matches(java.util.concurrent.ExecutorService.class))
                .isFalse();
        // Inherited from Object.
        assertThat(ServiceCalls.POINTCUT.matches(Object.class.getMethod("hashCode"), ClientService.class))
                .isFalse();
    }

    @Test
    void a_service_of_the_application_carries_the_translation_outside_the_retry() {
        List<Class<?>> advisors = Arrays.stream(((Advised) clients).getAdvisors())
                .map(Advisor::getClass)
                .filter(type -> type == ConcurrentEditTranslation.class || type == ConflictRetry.class)
                .<Class<?>>map(type -> type)
                .toList();
        assertThat(advisors).containsExactly(ConcurrentEditTranslation.class, ConflictRetry.class);
    }
}
