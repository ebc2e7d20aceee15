package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

class ConvertTableRowSplitterTest {

    private static String[] split(String row) {
        OptionalInt at = TableRowSplitter.valueStart(row);
        assertTrue(at.isPresent(), "no split found in: " + row);
        return new String[] {row.substring(0, at.getAsInt()).strip(), row.substring(at.getAsInt())};
    }

    private static void assertSplit(String characteristic, String value) {
        String[] cells = split(characteristic + " " + value);
        assertEquals(characteristic, cells[0]);
        assertEquals(value, cells[1]);
    }

    @Test
    void rowsOfTheRealArticle() {
        assertSplit("Pakistan Army fighting alongside Azerbaijan",
                "Speculative and baseless reports claim that the Pakistan Army is fighting alongside Azerbaijan against Armenia. "
                        + "However, the Pakistani government has denied these claims.");
        assertSplit("Pakistan-Azerbaijan Relations",
                "The two countries are considered \"strategic partners\" with growing trade and cooperation. "
                        + "Pakistan was the second country to recognize Azerbaijan's sovereignty in 1991.");
        assertSplit("Pakistan-Armenia Relations",
                "Pakistan is the only country that does not recognize Armenia. It supports Azerbaijan's position in the "
                        + "Nagorno-Karabakh conflict and has condemned Armenian military action.");
        assertSplit("Military Cooperation",
                "Pakistan and Azerbaijan have an agreement on defense and military cooperation, with Pakistani military experts "
                        + "training Azerbaijani units. Azerbaijan has expressed interest in purchasing military equipment from Pakistan.");
    }

    @Test
    void sentenceOpenerAfterALongTitleCaseCharacteristic() {
        assertSplit("Peaceful Separation From Sweden", "The union was dissolved by negotiation rather than by war.");
        assertSplit("Union Dissolution", "The Storting declared the union dissolved on 7 June 1905.");
    }

    @Test
    void valueOpeningWithATwoWordName() {
        assertSplit("Royal Succession", "Prince Carl of Denmark accepted the Norwegian throne.");
        assertSplit("Military Cooperation", "Pakistan Army denies any presence.");
    }

    @Test
    void singleWordCharacteristicWhenNothingElseFits() {
        assertSplit("Sovereignty", "Recognised in 1991.");
    }

    @Test
    void noSplitWhenTheCharacteristicEndsInALowerCaseWord() {
        assertTrue(TableRowSplitter.valueStart("Union dissolved peacefully the two states agreed.").isEmpty());
    }

    /** The documented limit: three title-case words followed by a value opening with a name. */
    @Test
    void knownLimitThreeTitleCaseWordsBeforeAName() {
        String[] cells = split("United Nations Membership Pakistan joined in 1947.");
        assertEquals("United Nations", cells[0]);
    }
}
