package org.headroom.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityTest {

    @Test
    void counts_syllables_the_usual_way() {
        assertThat(Readability.syllables("cat")).isEqualTo(1);
        assertThat(Readability.syllables("migraine")).isEqualTo(2);
        assertThat(Readability.syllables("therapist")).isEqualTo(3);
        assertThat(Readability.syllables("appointment")).isEqualTo(3);
        assertThat(Readability.syllables("questionnaire")).isEqualTo(3);
    }

    @Test
    void scores_plain_and_dense_text_apart() {
        Readability plain = Readability.of("The cat sat on the mat.");
        assertThat(plain.sentences()).isEqualTo(1);
        assertThat(plain.words()).isEqualTo(6);
        assertThat(plain.readingEase()).isCloseTo(116.1, within(0.1));
        Readability dense = Readability.of("Contraindications necessitate comprehensive multidisciplinary"
                + " consideration preceding therapeutic intervention.");
        assertThat(dense.readingEase()).isNegative();
        assertThat(dense.grade()).isGreaterThan(20);
    }
}
