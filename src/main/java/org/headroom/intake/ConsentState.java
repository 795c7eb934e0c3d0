package org.headroom.intake;

import java.util.Map;
import java.util.Set;

/** Which consents currently stand for a client (granted and not withdrawn). */
public record ConsentState(Set<ConsentType> current, Map<ConsentType, ConsentRecord> latest) {

    public boolean has(ConsentType type) {
        return current.contains(type);
    }

    public boolean hasRequired() {
        return current.contains(ConsentType.TREATMENT) && current.contains(ConsentType.HEALTH_DATA);
    }
}
