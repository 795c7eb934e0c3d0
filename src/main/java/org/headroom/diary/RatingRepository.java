package org.headroom.diary;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    List<Rating> findByClientIdOrderByRatedOnAscIdAsc(long clientId);
}
