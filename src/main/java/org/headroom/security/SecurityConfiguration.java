package org.headroom.security;

import static com.vaadin.flow.spring.security.VaadinSecurityConfigurer.vaadin;

import com.vaadin.flow.spring.security.RequestUtil;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.headroom.base.OwnClasses;
import org.headroom.security.ui.LoginView;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Web and method security. Views are guarded by their access annotations; every application
 * service is guarded again by {@code @PreAuthorize} and ownership checks, because a view is never
 * the only check on health data.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(prePostEnabled = false)
class SecurityConfiguration {

    /**
     * {@code @PreAuthorize} on Headroom's own classes, the only method-security annotation Headroom
     * uses. Spring Security's default set has five advisors ({@code @PreAuthorize},
     * {@code @PostAuthorize}, {@code @PreFilter}, {@code @PostFilter} and
     * {@code @AuthorizeReturnObject}), each matched against every method of every bean at start-up,
     * Spring's and Vaadin's included; that took about 8 % of the start's main thread
     * (docs/performance.md). {@code MethodSecurityTest} fails if a method with the annotation is not
     * guarded.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor preAuthorizeOnHeadroomClasses(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
        manager.setExpressionHandler(expressions);
        manager.setApplicationContext(context);
        Pointcut annotated = AuthorizationManagerBeforeMethodInterceptor.preAuthorize(manager)
                .getPointcut();
        ClassFilter headroomClasses = type -> OwnClasses.isOwn(type.getName());
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(headroomClasses).intersection(annotated), manager);
        // The place Spring Security gives @PreAuthorize: inside the services' own advice (refused
        // versions, conflict retry), as before; the constructor alone would put it first of all.
        interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
        return interceptor;
    }

    /**
     * Vaadin's round trips and heartbeats, the requests an open page sends all the time: the sign-in
     * is read from the session and offered to Vaadin and the services, and nothing else. They never
     * sign in or out through a URL, carry Vaadin's own security key instead of Spring's CSRF token,
     * and the main chain lets them all through to Vaadin as well; Vaadin then checks every
     * navigation against the view's access annotation, and every service checks the caller again.
     * Filters that only look for the sign-in form, the sign-out URL or a saved page are left out,
     * and the chain's last filter hands the request straight to Vaadin's servlet, past Spring MVC's
     * search for a controller; each round trip is cheaper (ADR 0022).
     */
    @Bean
    @Order(1)
    SecurityFilterChain vaadinRoundTrips(HttpSecurity http, RequestUtil requestUtil) throws Exception {
        http.securityMatcher(new VaadinRoundTrips(requestUtil));
        http.authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        http.headers(headers -> headers.defaultsDisabled().cacheControl(c -> {}));
        http.csrf(csrf -> csrf.disable());
        http.requestCache(cache -> cache.disable());
        http.logout(logout -> logout.disable());
        http.addFilterAfter(new VaadinRoundTripForwarding(), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInProtection protection, RequestUtil requestUtil)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                        "/images/**",
                        "/icons/**",
                        "/styles/**",
                        "/diary.webmanifest",
                        "/mail/unsubscribe/**",
                        "/calendar-feed/**",
                        "/actuator/health")
                .permitAll());
        // Security headers come from SecurityHeadersFilter, for every response; Spring keeps the
        // no-cache headers on the app's pages.
        http.headers(headers -> headers.defaultsDisabled().cacheControl(c -> {}));
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new SignInThrottleFilter(protection), UsernamePasswordAuthenticationFilter.class);
        // Vaadin's own requests carry their own protection (the UI's security key); everything else,
        // the sign-in form's POST included, needs Spring's CSRF token. Vaadin's default leaves the
        // sign-in POST unprotected, which lets another site sign a browser in to an account of its
        // choosing (login CSRF). The login form sends the token from the page's meta tags.
        // The one-click unsubscribe address takes a POST from a mail program, which has no token; it
        // stops reminders and does nothing else (RFC 8058).
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest)
                .ignoringRequestMatchers("/mail/unsubscribe/**"));
        return http.with(vaadin(), vaadin -> vaadin.loginView(LoginView.class).enableCsrfConfiguration(false))
                .build();
    }

    /** Security headers on every response, before any other filter. */
    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders(
            @Value("${headroom.security.hsts:false}") boolean hsts) {
        FilterRegistrationBean<SecurityHeadersFilter> registration =
                new FilterRegistrationBean<>(new SecurityHeadersFilter(hsts));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Ends idle sessions before Spring Security reads the sign-in from them. */
    @Bean
    FilterRegistrationBean<IdleSessionFilter> idleSessions(IdleTimeout timeout, java.time.Clock clock) {
        FilterRegistrationBean<IdleSessionFilter> registration =
                new FilterRegistrationBean<>(new IdleSessionFilter(timeout, clock));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Password first, then, where the account or the practice asks for it, the second factor. */
    @Bean
    AuthenticationProvider authenticationProvider(
            DatabaseUserDetailsService users, PasswordEncoder passwordEncoder, TwoFactorPolicy policy) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        // A hash made with an older algorithm is replaced at the next successful sign-in.
        passwords.setUserDetailsPasswordService(users);
        return new TwoFactorAuthenticationProvider(passwords, policy);
    }

    /**
     * Argon2id for new hashes (OWASP's first choice; no 72-byte limit, so long passphrases work);
     * bcrypt hashes from earlier versions still match and are upgraded at the next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(
                "argon2",
                Map.of(
                        "argon2",
                        Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                        "bcrypt",
                        new LimitedBcrypt()));
    }

    /** Bcrypt reads 72 bytes at most: a longer password cannot be the one it hashed, so it does not match. */
    static final class LimitedBcrypt implements PasswordEncoder {
        private static final int MAX_BYTES = 72;
        private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

        @Override
        public String encode(CharSequence rawPassword) {
            return bcrypt.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            if (rawPassword == null || rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
                return false;
            }
            return bcrypt.matches(rawPassword, encodedPassword);
        }
    }
}
