package org.isnad.cli;

/**
 * The exit codes of {@code isnad}, one meaning each, as {@code --help} lists them:
 * {@link #OK} every document processed (pages without an article are warnings, not failures),
 * {@link #DOCUMENTS_FAILED} some documents could not be read (listed; everything else written),
 * {@link #USAGE} a caller mistake found before any work (bad option, missing input, an output
 * that cannot be written or would overwrite an input), {@link #INTERNAL} the tool itself failed
 * (out of memory, an output that could not be written after the analysis, a bug).
 */
final class Exit {
  static final int OK = 0;
  static final int DOCUMENTS_FAILED = 1;
  static final int USAGE = 2;
  static final int INTERNAL = 3;

  /** The lines picocli shows under "Exit codes:" in {@code --help}. */
  static final String CODE_0 = "0:every document processed (pages without an article are "
      + "warnings, listed on stderr)";
  static final String CODE_1 = "1:some documents could not be read (listed on stderr and in the"
      + " JSON; everything else is written)";
  static final String CODE_2 = "2:usage error, found before any work: bad option, missing input,"
      + " an output that cannot be written or would overwrite an input";
  static final String CODE_3 = "3:internal failure: out of memory, an output that could not be "
      + "written, a bug";

  private Exit() {}
}
