package org.geoclaims.check;

import java.util.Locale;

/** How bad a finding is. Only errors fail a stage (and the build); warnings and infos are reported. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** {@code error}, {@code warning}, {@code info}: the form used in reports and rule headers. */
    public String id() { return name().toLowerCase(Locale.ROOT); }

    /** Reads {@code error}/{@code warning}/{@code info} (any case); null when it is none of them. */
    public static Severity parse(String s) {
        for (Severity v : values()) if (v.id().equalsIgnoreCase(s.strip())) return v;
        return null;
    }
}
