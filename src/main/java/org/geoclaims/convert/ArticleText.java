package org.geoclaims.convert;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.geoclaims.InputException;

/**
 * A text file read as strict UTF-8, with conversions between Java {@code char} indexes and the
 * Unicode code-point offsets the contract uses (NIF and Web Annotation count code points from 0,
 * end exclusive).
 */
public final class ArticleText {
    private final Path file;
    private final String text;
    /** cpBefore[i] = number of code points in text[0, i); only built when the text has surrogates. */
    private final int[] cpBefore;

    private ArticleText(Path file, String text) {
        this.file = file;
        this.text = text;
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) surrogates = Character.isSurrogate(text.charAt(i));
        if (surrogates) {
            cpBefore = new int[text.length() + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); i++) {
                cpBefore[i] = cp;
                if (!(Character.isLowSurrogate(text.charAt(i)) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) cp++;
            }
            cpBefore[text.length()] = cp;
        } else {
            cpBefore = null;
        }
    }

    /** A text held in memory (tests, extraction files already decoded). */
    public static ArticleText of(Path file, String text) {
        return new ArticleText(file, text);
    }

    /**
     * Reads a file that must be UTF-8.
     *
     * @throws InputException naming the byte offset, line and column of the first malformed byte
     */
    public static ArticleText read(Path file) {
        return new ArticleText(file, decodeUtf8(file));
    }

    /** Decodes a file as strict UTF-8 (malformed or unmappable input is reported, never replaced). */
    public static String decodeUtf8(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputException(file, -1, -1, "cannot read the file: " + e.getMessage(),
                    "Check that the file exists and is readable.", e);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') { line++; lineStart = i + 1; }
            }
            throw new InputException(file, line, offset - lineStart + 1,
                    String.format("the file is not valid UTF-8: byte 0x%02X at byte offset %d", bytes[offset] & 0xFF, offset),
                    "Save the file as UTF-8 (column counts bytes); convert reads no other encoding.");
        }
        out.flip();
        String s = out.toString();
        // A byte-order mark is not part of the text.
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    public Path file() { return file; }

    /** The whole text, as a Java string. */
    public String text() { return text; }

    /** Code-point offset of a char index. */
    public int cp(int charIndex) {
        return cpBefore == null ? charIndex : cpBefore[charIndex];
    }

    /** Char index of a code-point offset. */
    public int charIndex(int cpOffset) {
        return cpBefore == null ? cpOffset : text.offsetByCodePoints(0, cpOffset);
    }

    /** Length in code points. */
    public int cpLength() { return cp(text.length()); }

    /** The text between two code-point offsets. */
    public String slice(int cpBegin, int cpEnd) {
        return text.substring(charIndex(cpBegin), charIndex(cpEnd));
    }

    /** 1-based line of a char index. */
    public int lineOf(int charIndex) {
        int line = 1;
        for (int i = 0; i < charIndex && i < text.length(); i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** 1-based column (in code points) of a char index. */
    public int columnOf(int charIndex) {
        int lineStart = text.lastIndexOf('\n', charIndex - 1) + 1;
        return text.codePointCount(lineStart, charIndex) + 1;
    }
}
