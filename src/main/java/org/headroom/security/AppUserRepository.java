package org.headroom.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    /**
     * Whether the account has two-factor sign-in and its recovery codes left, in one statement
     * without loading the account (the security page asks on every visit).
     */
    @Query("select u.totpEnabled, (select count(r) from RecoveryCode r where r.userId = u.id and r.usedAt is null)"
            + " from AppUser u where u.id = :id")
    List<Object[]> twoFactorState(@Param("id") long id);

    @Modifying
    @Query("update AppUser u set u.failedLogins = u.failedLogins + 1 where lower(u.username) = lower(:username)")
    int addFailure(@Param("username") String username);

    /** Locks the account when it has reached the failures allowed; the count starts again after. */
    @Modifying
    @Query("update AppUser u set u.lockedUntil = :until, u.failedLogins = 0"
            + " where lower(u.username) = lower(:username) and u.failedLogins >= :max")
    int lockIfOver(@Param("username") String username, @Param("max") int max, @Param("until") java.time.Instant until);

    @Modifying
    @Query("update AppUser u set u.failedLogins = 0 where u.id = :id and u.failedLogins > 0")
    int clearFailures(@Param("id") long id);

    @Modifying
    @Query("update AppUser u set u.lockedUntil = null, u.failedLogins = 0 where u.id = :id")
    int unlock(@Param("id") long id);

    boolean existsByUsernameIgnoreCase(String username);

    List<AppUser> findByTotpSecretIsNotNull();

    /**
     * Takes a two-factor time step for the account if no later or equal one was taken: one row
     * changed means the code is accepted; none, that it was used already (on any server).
     */
    @Modifying
    @Query("update AppUser u set u.totpLastStep = :step"
            + " where u.id = :id and (u.totpLastStep is null or u.totpLastStep < :step)")
    int takeTotpStep(@Param("id") long id, @Param("step") long step);

    /** A new hash for the same password (a stronger algorithm); the version is left alone. */
    @Modifying
    @Query("update AppUser u set u.passwordHash = :hash where lower(u.username) = lower(:username)")
    int rehashPassword(@Param("username") String username, @Param("hash") String hash);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    List<AppUser> findEnabledWithRole(@Param("role") Role role);

    @Query("select u from AppUser u join u.roles r where r = :role")
    List<AppUser> findAllWithRole(@Param("role") Role role);

    @Query(value = "select u from AppUser u", countQuery = "select count(u) from AppUser u")
    List<AppUser> findPage(Pageable pageable);
}
