package org.isnad.extract;

import java.util.List;

/**
 * What an HTML page says about itself in its head and markup. Any field may be {@code null}.
 *
 * @param published ISO timestamp or date as found
 * @param publishedFrom which field the date was read from, e.g. {@code article:published_time}
 */
record PageMetadata(String title, String outlet, String author, String published,
    String publishedFrom, List<String> tags, String url, String language) {
  PageMetadata {
    tags = List.copyOf(tags);
  }
}
