package org.headroom.base.server;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's request threads take requests last idle, first served ({@link LastIdleFirstQueue}; ADR
 * 0024). {@code headroom.server.last-idle-first=false} gives Tomcat's own order back.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "headroom.server.last-idle-first", matchIfMissing = true)
class ServerThreads {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> lastIdleFirstConnector() {
        return factory -> factory.setProtocol(LastIdleFirstProtocol.class.getName());
    }
}
