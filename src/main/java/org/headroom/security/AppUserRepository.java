package org.headroom.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = :role and u.enabled = true")
    boolean existsEnabledWithRole(@Param("role") Role role);

    @Query("select u from AppUser u join u.roles r where r = :role and u.enabled = true order by u.displayName")
    List<AppUser> findEnabledWithRole(@Param("role") Role role);

    @Query("select u from AppUser u join u.roles r where r = :role")
    List<AppUser> findAllWithRole(@Param("role") Role role);

    @Query(value = "select u from AppUser u", countQuery = "select count(u) from AppUser u")
    List<AppUser> findPage(Pageable pageable);
}
