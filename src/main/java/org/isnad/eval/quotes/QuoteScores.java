package org.isnad.eval.quotes;

import java.util.List;

/**
 * Counts behind the quote scores. A predicted statement matches a gold one when their cues
 * overlap; speaker, content and chain are judged on matched pairs and counted against all gold
 * and all predicted statements.
 */
public record QuoteScores(int gold, int predicted, int cues, int speakers, int contents,
    int chains, int direct, List<String> errors) {
  public QuoteScores {
    errors = List.copyOf(errors);
  }
}
