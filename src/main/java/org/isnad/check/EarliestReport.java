package org.isnad.check;

import java.util.List;
import java.util.Objects;

/**
 * The first of a claim's reports to be published: of the articles that agree, disagree or
 * discuss, the one with the earliest publication day (ties by article id, the others tied
 * listed).
 *
 * @param article its id
 * @param url its URL, or {@code null}
 * @param outlet its outlet, or {@code null}
 * @param published its publication date
 * @param stance its stance
 * @param sameDay the other articles published that day, by id
 */
public record EarliestReport(String article, String url, String outlet, String published,
    String stance, List<String> sameDay) {
  public EarliestReport {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(published, "published");
    sameDay = List.copyOf(sameDay);
  }
}
