package org.isnad.model;

import java.util.List;
import java.util.Objects;

/**
 * A reported statement of an article: who said what, through whom. Offsets are code points into
 * the article text, end exclusive.
 *
 * @param id stable id: the article id plus a running number
 * @param articleId the article
 * @param start start of the content
 * @param end end of the content
 * @param content the statement as reported
 * @param cue the reporting word (قال، أكد، نقلاً عن …) as written, without a glued conjunction
 * @param cueStart offset of the cue
 * @param direct whether the content is quoted words
 * @param speaker who made it
 * @param chain from the publisher of the article to the origin
 */
public record Quote(String id, String articleId, int start, int end, String content, String cue,
    int cueStart, boolean direct, Speaker speaker, List<ChainLink> chain) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(articleId, "articleId");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad quote span [" + start + "," + end + ")");
    }
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(speaker, "speaker");
    chain = List.copyOf(chain);
  }
}
