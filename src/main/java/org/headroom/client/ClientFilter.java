package org.headroom.client;

/**
 * What the client list shows: a name to search for (by prefix) and which clients.
 *
 * @param name free text, may be empty
 * @param status active, archived or both
 */
public record ClientFilter(String name, Status status) {

    public enum Status {
        ACTIVE,
        ARCHIVED,
        ALL
    }

    public static ClientFilter active() {
        return new ClientFilter("", Status.ACTIVE);
    }

    Boolean archivedFlag() {
        return switch (status == null ? Status.ACTIVE : status) {
            case ACTIVE -> Boolean.FALSE;
            case ARCHIVED -> Boolean.TRUE;
            case ALL -> null;
        };
    }

    /** A LIKE pattern matching names that start with the search text; wildcards typed are literal. */
    String likePrefix() {
        String text = name == null ? "" : name.trim().replaceAll("\\s+", " ");
        String escaped = text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return escaped + "%";
    }
}
