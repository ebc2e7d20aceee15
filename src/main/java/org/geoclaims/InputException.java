package org.geoclaims;

import java.nio.file.Path;

/**
 * Input that cannot be read or is malformed: names the file, the position in it, what is wrong
 * and what to do. Commands turn it into a message on stderr and exit code 2; the server refuses
 * to start. Nothing is stored or written when one is thrown.
 */
public class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final long line;
    private final long column;
    private final String hint;

    public InputException(Path file, long line, long column, String problem, String hint) {
        super(problem);
        this.file = file;
        this.line = line;
        this.column = column;
        this.hint = hint;
    }

    public InputException(Path file, long line, long column, String problem, String hint, Throwable cause) {
        this(file, line, column, problem, hint);
        initCause(cause);
    }

    public Path file() { return file; }
    /** 1-based line, or -1 when unknown. */
    public long line() { return line; }
    /** 1-based column, or -1 when unknown. */
    public long column() { return column; }
    public String problem() { return getMessage(); }
    public String hint() { return hint; }

    /** "file:line:col: problem\n  hint" as compilers print it. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(file == null ? "<input>" : file.toString());
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        sb.append(": ").append(getMessage());
        if (hint != null && !hint.isBlank()) sb.append(System.lineSeparator()).append("  ").append(hint);
        return sb.toString();
    }
}
