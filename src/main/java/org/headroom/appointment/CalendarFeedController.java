package org.headroom.appointment;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The calendar feed's address, for calendar programs (no sign-in: the secret in the address is the key). */
@RestController
class CalendarFeedController {

    private final CalendarFeedWriter writer;

    CalendarFeedController(CalendarFeedWriter writer) {
        this.writer = writer;
    }

    @GetMapping("/calendar-feed/{token}.ics")
    ResponseEntity<String> feed(@PathVariable String token) {
        return writer.feed(token)
                .map(body -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                        .header("Cache-Control", "private, no-store")
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
