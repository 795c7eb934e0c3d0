package org.headroom.treatment;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Session-note content to and from the JSON kept in the database. */
final class NoteJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private NoteJson() {}

    static String write(SessionNoteForm form) {
        return MAPPER.writeValueAsString(form);
    }

    static SessionNoteForm read(String json) {
        return MAPPER.readValue(json, SessionNoteForm.class);
    }
}
