package org.headroom.base;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so that tests can fix "today" and ages are computed in the practice's zone. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(@Value("${headroom.time-zone:Europe/London}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
