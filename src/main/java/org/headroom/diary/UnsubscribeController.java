package org.headroom.diary;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * One-click unsubscribe from diary reminders (RFC 8058): mail programs POST to the address in the
 * message's {@code List-Unsubscribe} header. The address stops reminders and does nothing else.
 */
@RestController
class UnsubscribeController {

    private final ClientDiaryService diary;

    UnsubscribeController(ClientDiaryService diary) {
        this.diary = diary;
    }

    @PostMapping("/mail/unsubscribe/{token}")
    ResponseEntity<String> unsubscribe(@PathVariable String token) {
        diary.unsubscribe(token);
        // The same answer whether or not the address named a diary: it tells a guesser nothing.
        return ResponseEntity.ok("Reminders stopped.");
    }
}
