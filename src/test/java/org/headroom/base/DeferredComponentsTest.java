package org.headroom.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.headroom.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/**
 * Headroom's own components are made after the web server opens, and all of them are there once
 * the application is ready: its scheduled jobs run, and one that cannot be made stops the start.
 */
@IntegrationTest
class DeferredComponentsTest {

    @Autowired
    DeferredComponents components;

    @Autowired
    ConfigurableListableBeanFactory factory;

    @Test
    void services_controllers_and_jobs_wait_for_the_web_server_but_configuration_does_not() {
        assertThat(components.deferred())
                .hasSizeGreaterThan(40)
                .contains("clientService", "unsubscribeController", "appointmentReminders", "diaryReminders")
                .doesNotContain(
                        "secretCipher",
                        "demoPractice",
                        "deferredComponents",
                        "schedulingConfiguration",
                        "securityConfiguration",
                        "flyway");
        assertThat(factory.getBeanDefinition("clientService").isLazyInit()).isTrue();
        assertThat(factory.getBeanDefinition("secretCipher").isLazyInit())
                .as("a production start without its key must stop before it serves a page")
                .isFalse();
        assertThat(factory.getBeanDefinition("demoPractice").isLazyInit())
                .as("the sign-in page reads it and must not wait")
                .isFalse();
    }

    @Test
    void every_deferred_component_is_made_once_the_application_is_ready() {
        assertThat(components.deferred())
                .allSatisfy(name ->
                        assertThat(factory.containsSingleton(name)).as(name).isTrue());
    }

    /** A component whose constructor fails, as one with a bad setting would. */
    static class Broken {
        Broken() {
            throw new IllegalStateException("a bad setting");
        }
    }

    @Test
    void a_component_that_cannot_be_made_stops_the_start_once_the_application_is_ready() throws Exception {
        DefaultListableBeanFactory factory = new DefaultListableBeanFactory();
        factory.registerBeanDefinition("broken", scanned(Broken.class));
        DeferredComponents components = new DeferredComponents();
        components.postProcessBeanFactory(factory);
        factory.preInstantiateSingletons();

        assertThat(components.deferred()).containsExactly("broken");
        assertThat(factory.containsSingleton("broken")).isFalse();
        ApplicationReadyEvent ready = ready(new GenericApplicationContext(factory));
        assertThatThrownBy(() -> components.onApplicationEvent(ready))
                .isInstanceOf(BeanCreationException.class)
                .hasRootCauseMessage("a bad setting");
    }

    /** Scheduling switched on; not a {@code @Configuration}, which this test would take for its own. */
    @EnableScheduling
    static class Scheduling {}

    /** A scheduled job, as a component; it would first run in an hour. */
    static class Job {
        @Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = TimeUnit.HOURS)
        void tick() {}
    }

    @Test
    void a_scheduled_job_made_once_the_application_is_ready_is_scheduled() throws Exception {
        DeferredComponents components = new DeferredComponents();
        try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext()) {
            context.register(Scheduling.class);
            context.registerBeanDefinition("job", scanned(Job.class));
            context.addBeanFactoryPostProcessor(components);
            context.addApplicationListener(components);
            context.refresh();
            ScheduledTaskHolder scheduler = context.getBean(ScheduledTaskHolder.class);
            assertThat(context.getBeanFactory().containsSingleton("job")).isFalse();
            assertThat(scheduler.getScheduledTasks()).isEmpty();

            context.publishEvent(ready(context));

            assertThat(scheduler.getScheduledTasks())
                    .extracting(ScheduledTask::toString)
                    .singleElement()
                    .asString()
                    .endsWith("Job.tick");
        }
    }

    private static ScannedGenericBeanDefinition scanned(Class<?> type) throws IOException {
        return new ScannedGenericBeanDefinition(new SimpleMetadataReaderFactory().getMetadataReader(type.getName()));
    }

    private static ApplicationReadyEvent ready(ConfigurableApplicationContext context) {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], context, Duration.ZERO);
    }
}
