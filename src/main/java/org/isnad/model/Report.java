package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * One article's report of an event: the sentence, the date it gives and the chain through which
 * the article has it.
 *
 * @param mention the event mention id
 * @param articleId the article
 * @param start start of the sentence (code points)
 * @param end end of the sentence
 * @param sentence the sentence text
 * @param when the date this report gives, or {@code null}
 * @param chain publisher first, then relays, speaker and the speaker's sources, as written
 * @param source the independent source this report counts for (the innermost outlet or the
 *     publisher; a copy counts for its original's source)
 */
public record Report(String mention, String articleId, int start, int end, String sentence,
    String when, List<String> chain, String source) {
  public Report {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(sentence, "sentence");
    chain = List.copyOf(chain);
    Objects.requireNonNull(source, "source");
  }
}
