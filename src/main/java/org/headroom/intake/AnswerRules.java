package org.headroom.intake;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The checks every route into an intake applies to answers, whether a therapist or the client
 * enters them: ranges always, required answers on completion or submission, and contraindication
 * labels and severities taken from the practice's list (never from what the browser sent).
 */
@Component
class AnswerRules {

    private final Validator validator;
    private final ContraindicationRepository contraindications;

    AnswerRules(Validator validator, ContraindicationRepository contraindications) {
        this.validator = validator;
        this.contraindications = contraindications;
    }

    /** Ranges and lengths; throws {@link ConstraintViolationException}. */
    void checkRanges(IntakeAnswers answers) {
        Set<ConstraintViolation<IntakeAnswers>> violations = validator.validate(answers, Default.class);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Everything a completed intake needs; throws {@link IncompleteIntakeException} naming what is missing. */
    void checkComplete(IntakeAnswers answers) {
        checkRanges(answers);
        List<String> missing = validator.validate(answers, IntakeAnswers.Complete.class).stream()
                .map(v -> v.getPropertyPath().toString())
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw new IncompleteIntakeException(missing);
        }
    }

    /** Ticked contraindications take the label and severity the practice's list has now; unknown codes are dropped. */
    IntakeAnswers normalise(IntakeAnswers answers) {
        IntakeAnswers copy = answers.copy();
        Map<String, ContraindicationAnswer> list = contraindications.findAllByOrderBySortOrderAscIdAsc().stream()
                .collect(Collectors.toMap(Contraindication::getCode, Contraindication::toAnswer));
        copy.setContraindications(copy.getContraindications().stream()
                .filter(c -> list.containsKey(c.code()))
                .map(c -> list.get(c.code()))
                .distinct()
                .toList());
        return copy;
    }
}
