package org.isnad.extract;

import java.util.List;
import org.isnad.text.RuleFile;

/** The extract stage's rule files, read with {@link RuleFile}. */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String name) {
    return RuleFile.read(ResourceLines.class, name);
  }
}
