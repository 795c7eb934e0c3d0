package org.headroom.diary;

/** A diary line is an attack, or a day confirmed free of headache ("no entry" is not "no headache"). */
public enum EntryKind {
    ATTACK,
    HEADACHE_FREE
}
