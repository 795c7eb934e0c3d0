package org.headroom.diary;

/** A wrong date of birth on a diary link; at 0 attempts left the link stops working. */
public class WrongBirthDateException extends RuntimeException {

    private final int attemptsLeft;

    public WrongBirthDateException(int attemptsLeft) {
        super("Wrong date of birth");
        this.attemptsLeft = attemptsLeft;
    }

    public int attemptsLeft() {
        return attemptsLeft;
    }
}
