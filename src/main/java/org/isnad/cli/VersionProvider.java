package org.isnad.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, "dev" when run from classes. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"isnad " + (version == null ? "dev" : version)};
  }
}
