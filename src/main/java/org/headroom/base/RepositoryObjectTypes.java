package org.headroom.base;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.FactoryBean;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.stereotype.Component;

/**
 * Writes on each repository's bean definition the interface its factory makes, so that a question
 * to the bean factory for beans of some type never has to make a repository's factory to find out.
 *
 * <p>The repositories are made after the web server opens (JPA repositories bootstrap {@code
 * deferred}), on the main thread, which holds the bean factory's singleton lock while it makes
 * each one. Spring Data describes a repository's factory by its generic type only, and Spring reads
 * a factory bean's product from the definition's {@link FactoryBean#OBJECT_TYPE_ATTRIBUTE} or else
 * makes the factory under that lock. Every request that asks for beans by type in that time (the
 * first page's, through Vaadin's instantiator) therefore waited for the repository being made:
 * 0.16-0.25 s of the first answer after a start (ADR 0020, docs/performance.md).
 */
@Component
class RepositoryObjectTypes implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) throws BeansException {
        for (String name : factory.getBeanDefinitionNames()) {
            BeanDefinition definition = factory.getBeanDefinition(name);
            if (definition.getAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE) != null) {
                continue;
            }
            ResolvableType type = definition.getResolvableType();
            if (!RepositoryFactoryBeanSupport.class.isAssignableFrom(type.toClass())) {
                continue;
            }
            Class<?> repository = type.as(FactoryBean.class).getGeneric(0).resolve();
            if (repository != null) {
                definition.setAttribute(FactoryBean.OBJECT_TYPE_ATTRIBUTE, repository);
            }
        }
    }
}
