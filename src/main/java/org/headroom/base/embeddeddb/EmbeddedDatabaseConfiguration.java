package org.headroom.base.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * With no database configured, Headroom starts its own MariaDB (see README, "Embedded default").
 * Production sets {@code SPRING_DATASOURCE_URL} and this configuration steps aside; the {@code
 * prod} profile never starts an embedded database.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

    /** The pool takes {@code spring.datasource.hikari.*} settings, as with an external database. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedDatabaseProperties properties) {
        String url = EmbeddedMariaDb.start(properties);
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(url)
                .username(EmbeddedCredentials.APP)
                .password(EmbeddedMariaDb.credentials().appPassword())
                .build();
        dataSource.setPoolName("headroom-embedded");
        return dataSource;
    }

    /**
     * Migrations run as the owner account: the application's own account may only read and write
     * rows (ADR 0012).
     */
    @Bean
    FlywayConfigurationCustomizer migrationsAsOwner(HikariDataSource dataSource) {
        return configuration -> configuration.dataSource(
                dataSource.getJdbcUrl(),
                EmbeddedCredentials.OWNER,
                EmbeddedMariaDb.credentials().ownerPassword());
    }

    static class NoDataSourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return EmbeddedDatabase.inUse(context.getEnvironment());
        }
    }
}
