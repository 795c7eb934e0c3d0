package org.headroom.intake;

/** The date of birth did not match; after the last attempt the link is locked. */
public class WrongAnswerException extends RuntimeException {

    private final int attemptsLeft;

    public WrongAnswerException(int attemptsLeft) {
        super("Wrong answer; attempts left: " + attemptsLeft);
        this.attemptsLeft = attemptsLeft;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
