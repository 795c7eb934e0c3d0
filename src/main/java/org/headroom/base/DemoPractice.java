package org.headroom.base;

import java.util.List;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Whether this run has a demo practice, and whether it is ready: the sign-in page tells a
 * newcomer to wait while it loads, and which demo logins to use. Outside demo mode (production,
 * an external database) there is nothing to say.
 *
 * <p>Made before the web server opens ({@code @Lazy(false)}, see {@code DeferredComponents}), so
 * that the sign-in page, which reads it, never waits for the components made after the start.
 */
@Component
@Lazy(false)
public class DemoPractice {

    public enum State {
        NONE,
        LOADING,
        READY
    }

    /** One demo sign-in, as shown on the sign-in page. */
    public record DemoLogin(String username, String password, String who) {}

    private volatile State state = State.NONE;
    private volatile List<DemoLogin> logins = List.of();

    public State state() {
        return state;
    }

    public List<DemoLogin> logins() {
        return logins;
    }

    /** The demo practice will be loaded after start-up; these sign-ins will work then. */
    public void loading(List<DemoLogin> logins) {
        this.logins = List.copyOf(logins);
        this.state = State.LOADING;
    }

    public void ready() {
        this.state = State.READY;
    }

    /** Back to no demo at all (tests). */
    public void none() {
        this.logins = List.of();
        this.state = State.NONE;
    }
}
