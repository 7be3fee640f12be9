package org.isnad.export;

import org.isnad.text.NamedPhrases;

/**
 * The Arabic labels of the HTML report and the timeline export, read once from
 * {@code report-labels.txt} (name, tab, label) so that no label is spelled in Java. Immutable
 * and thread safe.
 */
final class ReportLabels {
  private static final NamedPhrases LABELS = NamedPhrases.read(ReportLabels.class,
      "report-labels.txt");

  private ReportLabels() {}

  /** The label named {@code name}; an unknown name is a programming error and throws. */
  static String label(String name) {
    return LABELS.get(name);
  }
}
