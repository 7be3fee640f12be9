package org.isnad.cli;

import java.nio.file.Path;
import org.isnad.Isnad;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The value of {@code --store}: a folder (the embedded store) as it is, or a
 * {@code postgresql://HOST[:PORT]/DB?user=…&password=…} URL as the working folder that stands
 * for the database ({@link Isnad#storeFolder}), made and linked to it here, so every command
 * takes a store folder either way. A value that is neither is a usage error (exit 2) naming it.
 */
final class StoreOption implements ITypeConverter<Path> {
  /** What the option's help says of its value. */
  static final String HELP = " DIR may be a postgresql://HOST[:PORT]/DB?user=U&password=P URL: "
      + "the store is then that database, with its search index in a local working folder "
      + "(the URL's work=DIR, else one under ~/.cache/isnad/postgresql).";

  /** The store folder {@code value} names; a bad value's message hides its password. */
  @Override
  public Path convert(String value) {
    try {
      return Isnad.storeFolder(value);
    } catch (IllegalArgumentException e) {
      // picocli would quote the value whole, password included; the message names it safely
      throw new TypeConversionException(e.getMessage());
    }
  }
}
