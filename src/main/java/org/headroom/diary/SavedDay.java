package org.headroom.diary;

/**
 * A day the client saved.
 *
 * @param alreadySaved this exact submission had been saved before (a repeat after a lost connection)
 */
public record SavedDay(DiaryEntryData entry, boolean alreadySaved) {}
