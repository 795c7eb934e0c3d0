package org.headroom.intake;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Intake answers to and from the JSON kept in the database; unknown keys from newer versions are ignored. */
final class IntakeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private IntakeJson() {}

    static String write(IntakeAnswers answers) {
        return MAPPER.writeValueAsString(answers);
    }

    static IntakeAnswers read(String json) {
        return MAPPER.readValue(json, IntakeAnswers.class);
    }
}
