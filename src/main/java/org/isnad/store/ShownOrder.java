package org.isnad.store;

import java.util.Comparator;
import java.util.List;
import org.isnad.model.Event;
import org.isnad.model.Modality;
import org.isnad.model.Story;

/**
 * The one order a reader is shown events and stories in, whether a view sorts them in memory
 * or the store numbers them once for SQL paging: events that happened first, then those negated
 * or unrealised; within each, dated events by their earliest value, then undated ones; then by
 * id. Stories: most articles first, then by id. Statements: in the case's documents' order (by
 * source, then id), then article and text order.
 *
 * <p>The store pages by a text key of each row's own values ({@link #eventKey},
 * {@link #storyKey}) rather than by a rank, so a new row never shifts the others: keys compare
 * (as SQLite compares text, byte by byte) exactly as the comparators order their rows. Each string
 * in a key is written with the printable ASCII letters 0x21 to 0x7D as themselves, any other
 * UTF-16 unit as a space (below 0x21) or a tilde (0x7E, above 0x7D) and its four hex digits, and
 * ends with U+0001, below every unit written: so the key of a string that is a
 * prefix of another sorts first, as {@link String#compareTo} has it.
 */
final class ShownOrder {
  /** The events' order on a timeline. */
  static final Comparator<Event> EVENTS = Comparator
      .comparing((Event e) -> e.modality() != Modality.ASSERTED)
      .thenComparing(e -> e.earliest() == null)
      .thenComparing(e -> e.earliest() == null ? "" : e.earliest())
      .thenComparing(Event::id);

  /** The stories' order. */
  static final Comparator<Story> STORIES = Comparator
      .comparingInt((Story s) -> -s.articles().size()).thenComparing(Story::id);

  private ShownOrder() { }

  /** The key an event is paged by: ordered as {@link #EVENTS} orders the events. */
  static String eventKey(Event e) {
    StringBuilder key = new StringBuilder();
    key.append(e.modality() != Modality.ASSERTED ? '1' : '0')
        .append(e.earliest() == null ? '1' : '0');
    text(key, e.earliest() == null ? "" : e.earliest());
    text(key, e.id());
    return key.toString();
  }

  /** The key a story is paged by: ordered as {@link #STORIES} orders the stories. */
  static String storyKey(Story s) {
    StringBuilder key = new StringBuilder(String.format(java.util.Locale.ROOT, "%010d",
        (long) Integer.MAX_VALUE - s.articles().size()));
    text(key, s.id());
    return key.toString();
  }

  /**
   * The key a statement is paged by: its document's source and id (the order of a case's
   * documents), its article's place in the document and its own place in the article, so a
   * statement keeps its key whatever is added around it.
   */
  static String statementKey(String source, String documentId, int article, int statement) {
    StringBuilder key = new StringBuilder();
    text(key, source);
    text(key, documentId);
    return padded(padded(key, article), statement).toString();
  }

  /** {@code n} (0 to 999,999) in six digits. */
  private static StringBuilder padded(StringBuilder key, int n) {
    String digits = Integer.toString(n);
    for (int i = digits.length(); i < 6; i++) {
      key.append('0');
    }
    return key.append(digits);
  }

  /** {@code text} written so that keys compare as the strings do, then U+0001. */
  private static void text(StringBuilder key, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '!' && c <= '}') {
        key.append(c);
      } else {
        key.append(c < '!' ? ' ' : '~').append(String.format(java.util.Locale.ROOT, "%04x",
            (int) c));
      }
    }
    key.append('\u0001');
  }

  /** {@code items} sorted by {@code order}, as a new list. */
  static <T> List<T> sorted(List<T> items, Comparator<T> order) {
    return items.stream().sorted(order).toList();
  }
}
