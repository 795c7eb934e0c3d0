package org.headroom;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring test against the real application, served on a random port, and a real MariaDB (the
 * embedded one), with the {@link Fixtures} users in place. Service, view and browser tests all use
 * this one configuration, so the test JVM holds one application context: Spring Security keeps its
 * context holder strategy in a static field, and two live contexts would each hold a different one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface IntegrationTest {}
