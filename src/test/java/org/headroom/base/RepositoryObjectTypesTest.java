package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.ResolvableType;
import org.springframework.data.jpa.repository.support.JpaRepositoryFactoryBean;
import org.springframework.data.repository.Repository;

/**
 * A question for beans by type does not wait for a bean that another thread is making, when a
 * repository's factory has not been made yet: the situation of the first request after a start,
 * while the main thread makes the repositories.
 */
class RepositoryObjectTypesTest {

    interface Thing {}

    interface ThingRepository extends Repository<Thing, Long> {}

    @Test
    void asking_for_beans_by_type_does_not_wait_while_another_bean_is_made() throws Exception {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        // A repository as Spring Data registers it: a lazy factory, described by its generic type.
        RootBeanDefinition repository = new RootBeanDefinition(JpaRepositoryFactoryBean.class);
        repository.setTargetType(ResolvableType.forClassWithGenerics(
                JpaRepositoryFactoryBean.class, ThingRepository.class, Thing.class, Long.class));
        repository.getConstructorArgumentValues().addGenericArgumentValue(ThingRepository.class);
        repository.setLazyInit(true);
        factory.registerBeanDefinition("thingRepository", repository);
        CountDownLatch making = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        factory.registerBeanDefinition("slowBean", new RootBeanDefinition(Object.class, () -> {
            making.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Object();
        }));
        new RepositoryObjectTypes().postProcessBeanFactory(factory);
        factory.freezeConfiguration();

        ExecutorService threads = Executors.newFixedThreadPool(2);
        CompletableFuture<Object> maker = CompletableFuture.supplyAsync(() -> factory.getBean("slowBean"), threads);
        try {
            assertThat(making.await(5, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<String[]> question =
                    CompletableFuture.supplyAsync(() -> factory.getBeanNamesForType(ThingRepository.class), threads);
            assertThat(question.get(2, TimeUnit.SECONDS))
                    .as("answered while the other bean is being made")
                    .containsExactly("thingRepository");
        } finally {
            release.countDown();
            maker.get(10, TimeUnit.SECONDS);
            threads.shutdownNow();
        }
    }
}
