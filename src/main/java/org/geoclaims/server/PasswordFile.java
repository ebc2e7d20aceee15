package org.geoclaims.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.geoclaims.InputException;

/**
 * Checks a password file before Fuseki reads it, so that a missing or empty file stops the
 * server with a message instead of starting with writes nobody can authorise. The format is
 * Jetty's realm file that Fuseki uses: one {@code user: password} per line, {@code #} comments.
 */
public final class PasswordFile {
    private PasswordFile() {}

    /** @return the user names */
    public static List<String> check(Path file) {
        if (file == null)
            throw new InputException(null, -1, -1,
                    "--update needs --passwd FILE: without a password file anyone could change or delete the data",
                    "Create a file with a line 'user: password' and start with --update --passwd FILE.");
        if (!Files.isRegularFile(file) || !Files.isReadable(file))
            throw new InputException(file, -1, -1, "password file not found or not readable",
                    "Create it with one 'user: password' line per user.");
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file, -1, -1, "cannot read the password file: " + e.getMessage(), "Check the file.");
        }
        List<String> users = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(colon + 1).isBlank())
                throw new InputException(file, i + 1, 1, "expected 'user: password'",
                        "Write one user per line as 'user: password'.");
            users.add(line.substring(0, colon).strip());
        }
        if (users.isEmpty())
            throw new InputException(file, -1, -1, "the password file names no user",
                    "Add a line 'user: password'.");
        return users;
    }
}
