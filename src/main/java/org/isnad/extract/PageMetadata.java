package org.isnad.extract;

import java.util.List;
import org.isnad.model.Problem;

/**
 * What an HTML page says about itself in its head and markup, with the document's container
 * hints filling what the page lacks. Any field but the lists may be {@code null}.
 *
 * @param published publication date as {@code YYYY-MM-DD}
 * @param publishedEvidence the field and raw value it was read from, e.g.
 *     {@code article:published_time=2024-12-13T10:00:00+03:00}
 * @param language primary language subtag of {@code <html lang>}, lower case
 * @param problems warnings found while reading (broken JSON-LD)
 */
record PageMetadata(String title, String outlet, String author, String published,
    String publishedEvidence, List<String> tags, String url, String language,
    List<Problem> problems) {
  PageMetadata {
    tags = List.copyOf(tags);
    problems = List.copyOf(problems);
  }
}
