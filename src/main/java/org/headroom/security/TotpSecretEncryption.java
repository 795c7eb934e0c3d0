package org.headroom.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Encrypts two-factor secrets that were stored in plain text before they were encrypted at rest. */
@Component
@Order(1)
class TotpSecretEncryption implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(TotpSecretEncryption.class);

    private final AppUserRepository users;
    private final SecretCipher cipher;

    TotpSecretEncryption(AppUserRepository users, SecretCipher cipher) {
        this.users = users;
        this.cipher = cipher;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int count = 0;
        for (AppUser user : users.findByTotpSecretIsNotNull()) {
            if (!SecretCipher.isEncrypted(user.getTotpSecret())) {
                user.replaceTotpSecret(cipher.encrypt(user.getTotpSecret()));
                count++;
            }
        }
        if (count > 0) {
            LOG.info("Encrypted {} two-factor secrets kept in plain text by an earlier version", count);
        }
    }
}
