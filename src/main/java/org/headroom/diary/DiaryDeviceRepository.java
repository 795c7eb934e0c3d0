package org.headroom.diary;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryDeviceRepository extends JpaRepository<DiaryDevice, Long> {

    Optional<DiaryDevice> findByTokenHash(String tokenHash);

    List<DiaryDevice> findByClientIdOrderByCreatedAtDesc(long clientId);
}
