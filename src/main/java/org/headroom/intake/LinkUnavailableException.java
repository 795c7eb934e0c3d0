package org.headroom.intake;

/** The link cannot be used (unknown, expired, used or locked). */
public class LinkUnavailableException extends RuntimeException {

    private final LinkState state;

    public LinkUnavailableException(LinkState state) {
        super("Intake link unavailable: " + state);
        this.state = state;
    }

    public LinkState state() {
        return state;
    }
}
