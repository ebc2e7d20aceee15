package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConvertSentenceSplitterTest {

    private static List<String> split(String text) {
        return SentenceSplitter.split(text, 0, text.length()).stream().map(s -> text.substring(s.begin(), s.end())).toList();
    }

    @Test
    void splitsAtFullStopsFollowedByACapital() {
        assertEquals(List.of("Pakistan denied it.", "Armenia disagreed!", "Why?", "Nobody knows."),
                split("Pakistan denied it. Armenia disagreed! Why? Nobody knows."));
    }

    @Test
    void quoteEndingWithFullStopInsideStaysWithItsSentence() {
        assertEquals(List.of("They called them \"irresponsible, speculative, and baseless.\"", "The Foreign Office reiterated it."),
                split("They called them \"irresponsible, speculative, and baseless.\" The Foreign Office reiterated it."));
        assertEquals(List.of("It was \"baseless\".", "However, talks went on."),
                split("It was \"baseless\". However, talks went on."));
    }

    @Test
    void fullStopInsideATokenIsNoBoundary() {
        assertEquals(List.of("An Armenian news outlet, FreeNews.AM, cited a call.", "Nobody confirmed it."),
                split("An Armenian news outlet, FreeNews.AM, cited a call. Nobody confirmed it."));
        assertEquals(List.of("Growth was 1.5 per cent."), split("Growth was 1.5 per cent."));
    }

    @Test
    void lastSentenceOfALineEndsAtTheLine() {
        assertEquals(List.of("Armenia accused Turkey of providing drones, personnel, and F-16s."),
                split("Armenia accused Turkey of providing drones, personnel, and F-16s."));
    }

    @Test
    void initialismsAndAbbreviationsDoNotEndSentences() {
        assertEquals(List.of("It is aligned with several U.N. Security Council resolutions.", "Pakistan supports it."),
                split("It is aligned with several U.N. Security Council resolutions. Pakistan supports it."));
        assertEquals(List.of("Dr. Aliyev met Gen. Bajwa in St. Petersburg on Sept. 3, 2020.", "They talked."),
                split("Dr. Aliyev met Gen. Bajwa in St. Petersburg on Sept. 3, 2020. They talked."));
        assertEquals(List.of("John F. Kennedy spoke, e.g. about Berlin."), split("John F. Kennedy spoke, e.g. about Berlin."));
        assertEquals(List.of("The talks lasted approx. 3 weeks."), split("The talks lasted approx. 3 weeks."));
    }

    @Test
    void lowerCaseAfterAFullStopContinuesTheSentence() {
        assertEquals(List.of("Prices rose etc. and fell."), split("Prices rose etc. and fell."));
    }

    @Test
    void sentencesMayStartWithDigitsOrOpeningQuotes() {
        assertEquals(List.of("It ended.", "1992 saw a ceasefire.", "\"Never,\" he said."),
                split("It ended. 1992 saw a ceasefire. \"Never,\" he said."));
    }

    @Test
    void whiteSpaceBetweenAndAroundSentencesIsLeftOut() {
        String text = "  One.   Two?!  Three...  Four  ";
        assertEquals(List.of("One.", "Two?!", "Three...", "Four"), split(text));
    }
}
