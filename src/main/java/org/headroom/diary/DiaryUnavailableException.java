package org.headroom.diary;

/**
 * A diary link or device that does not open a diary: unknown, revoked, locked after wrong dates of
 * birth, the diary turned off, or the client archived. Says nothing about which.
 */
public class DiaryUnavailableException extends RuntimeException {

    public DiaryUnavailableException() {
        super("This diary link or device does not open a diary");
    }
}
