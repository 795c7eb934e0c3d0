package org.headroom.journey;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Flesch reading ease and Flesch-Kincaid grade of a page's text, with the usual English syllable
 * estimate (vowel groups, a silent final "e", at least one per word). Plain English scores 60 or
 * more on reading ease; a grade of 8 or less reads easily for most adults.
 */
record Readability(int sentences, int words, int syllables) {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:]+(\\s|$)|\\n+");
    private static final Pattern VOWEL_GROUP = Pattern.compile("[aeiouy]+");

    static Readability of(String text) {
        String[] sentences = Arrays.stream(SENTENCE_END.split(text))
                .map(String::strip)
                .filter(s -> s.chars().anyMatch(Character::isLetter))
                .toArray(String[]::new);
        int words = 0;
        int syllables = 0;
        for (String sentence : sentences) {
            for (String word : sentence.split("[^\\p{L}']+")) {
                if (word.chars().anyMatch(Character::isLetter)) {
                    words++;
                    syllables += syllables(word);
                }
            }
        }
        return new Readability(sentences.length, words, syllables);
    }

    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'", "");
        if (w.length() <= 3) {
            return 1;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee")) {
            w = w.substring(0, w.length() - 1);
        }
        int count = (int) VOWEL_GROUP.matcher(w).results().count();
        return Math.max(1, count);
    }

    double readingEase() {
        if (words == 0) {
            return 100;
        }
        return 206.835 - 1.015 * words / Math.max(1, sentences) - 84.6 * syllables / (double) words;
    }

    double grade() {
        if (words == 0) {
            return 0;
        }
        return 0.39 * words / Math.max(1, sentences) + 11.8 * syllables / (double) words - 15.59;
    }
}
