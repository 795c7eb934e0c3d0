package org.headroom.base;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ScannedGenericBeanDefinition;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * Makes Headroom's own components once the web server answers, instead of before: the sign-in
 * page is served while they are made, and they are all there before a therapist's first page.
 *
 * <p>Which: every singleton that Headroom's component scan finds in {@code org.headroom} (its
 * services, controllers, scheduled jobs and helpers), unless it is a {@code @Configuration}, says
 * {@code @Lazy} either way itself, or needs to hear that all singletons are made ({@link
 * SmartInitializingSingleton}). A component that a bean made at start-up needs (the security
 * filter chains' helpers, the advisors) is made with that bean, as before.
 *
 * <p>When the application is ready (after its runners), every one of them not made yet is made, on
 * the main thread. A component that cannot be made still stops the application, as it did when it
 * was made before the web server opened; a scheduled job's schedule starts when it is made. Spring
 * Boot reports the application ready for traffic only after this (its readiness state, which
 * {@code /actuator/health} reports to a load balancer), so a balancer sends no one before then.
 *
 * <p>Making them took about a tenth of the start on an external database (ADR 0020,
 * docs/performance.md). Spring's lazy initialisation of every bean is not the same thing: it left
 * Vaadin's menu without its access control, and it leaves beans unmade until someone asks.
 */
@Component
class DeferredComponents implements BeanFactoryPostProcessor, ApplicationListener<ApplicationReadyEvent> {

    private final List<String> deferred = new ArrayList<>();
    private ConfigurableListableBeanFactory factory;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) throws BeansException {
        this.factory = factory;
        for (String name : factory.getBeanDefinitionNames()) {
            if (factory.getBeanDefinition(name) instanceof ScannedGenericBeanDefinition scanned
                    && !factory.containsSingleton(name)
                    && deferrable(scanned, factory.getBeanClassLoader())) {
                scanned.setLazyInit(true);
                deferred.add(name);
            }
        }
    }

    private static boolean deferrable(ScannedGenericBeanDefinition definition, ClassLoader classLoader) {
        AnnotationMetadata type = definition.getMetadata();
        return OwnClasses.isOwn(type.getClassName())
                && definition.isSingleton()
                && definition.getLazyInit() == null
                && definition.getRole() == BeanDefinition.ROLE_APPLICATION
                && !type.hasAnnotation(Configuration.class.getName())
                && !SmartInitializingSingleton.class.isAssignableFrom(
                        ClassUtils.resolveClassName(type.getClassName(), classLoader));
    }

    /** The components this application makes once it is ready, by bean name. */
    List<String> deferred() {
        return List.copyOf(deferred);
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext().getBeanFactory() != factory) {
            return;
        }
        for (String name : deferred) {
            factory.getBean(name);
        }
    }
}
