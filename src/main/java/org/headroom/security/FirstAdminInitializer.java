package org.headroom.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Production has no default password: the first practice admin comes from {@code
 * HEADROOM_ADMIN_USERNAME} and {@code HEADROOM_ADMIN_PASSWORD} on the first start (README,
 * "Production"). Once an admin exists the variables are ignored and can be removed.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final SystemAccounts accounts;
    private final String username;
    private final String password;
    private final String displayName;

    FirstAdminInitializer(
            SystemAccounts accounts,
            @Value("${headroom.admin.username:}") String username,
            @Value("${headroom.admin.password:}") String password,
            @Value("${headroom.admin.display-name:Practice admin}") String displayName) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
        this.displayName = displayName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            if (!accounts.adminExists() && accounts.anyUserExists()) {
                LOG.warn("No enabled practice admin exists. Set HEADROOM_ADMIN_USERNAME and "
                        + "HEADROOM_ADMIN_PASSWORD and restart to create one.");
            }
            return;
        }
        if (accounts.createFirstAdmin(username, displayName, password)) {
            LOG.info(
                    "Created the first practice admin '{}'. Remove HEADROOM_ADMIN_PASSWORD from the environment.",
                    username);
        }
    }
}
