package org.geoclaims.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven wrote into the jar manifest. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = GeoclaimsCli.class.getPackage().getImplementationVersion();
        return new String[] { "geoclaims " + (v == null ? "(development build)" : v) };
    }
}
