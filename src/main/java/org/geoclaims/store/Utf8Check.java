package org.geoclaims.store;

import java.io.IOException;
import java.io.InputStream;
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
 * Strict UTF-8 validation of an RDF file before it is parsed. RIOT replaces malformed bytes with
 * U+FFFD and goes on, which would store silently corrupted text; this check stops at the first
 * malformed byte with its line and column instead. It streams, so it costs one read of the file.
 */
public final class Utf8Check {
    private Utf8Check() {}

    private static final int CHUNK = 1 << 16;

    public static void check(Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(CHUNK);
        CharBuffer out = CharBuffer.allocate(CHUNK);
        long line = 1;
        long column = 1;
        long byteOffset = 0;
        try (InputStream stream = Files.newInputStream(file)) {
            boolean eof = false;
            while (!eof) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                if (n < 0) eof = true;
                else in.position(in.position() + n);
                in.flip();
                int before = in.position();
                CoderResult r = decoder.decode(in, out, eof);
                byteOffset += in.position() - before;
                out.flip();
                while (out.hasRemaining()) {
                    char c = out.get();
                    if (c == '\n') { line++; column = 1; } else column++;
                }
                out.clear();
                if (r.isError()) {
                    int bad = in.get(in.position()) & 0xFF;
                    throw new InputException(file, line, column,
                            String.format("the file is not valid UTF-8: byte 0x%02X at byte offset %d", bad, byteOffset),
                            "Save the file as UTF-8; RDF files are read as UTF-8 only.");
                }
                in.compact();
            }
            CoderResult end = decoder.flush(out);
            if (end.isError())
                throw new InputException(file, line, column, "the file is not valid UTF-8: it ends inside a character",
                        "Save the file as UTF-8.");
        } catch (IOException e) {
            throw new InputException(file, -1, -1, "cannot read the file: " + e.getMessage(), "Check that it is readable.", e);
        }
    }
}
