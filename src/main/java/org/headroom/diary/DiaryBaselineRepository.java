package org.headroom.diary;

import org.springframework.data.jpa.repository.JpaRepository;

interface DiaryBaselineRepository extends JpaRepository<DiaryBaseline, Long> {}
