package org.headroom.base;

import java.util.Optional;

/**
 * The signed-in user's name for the layout's header. Implemented by the security feature, so that
 * the shared kernel does not depend on it.
 */
public interface SignedInName {

    Optional<String> displayName();
}
