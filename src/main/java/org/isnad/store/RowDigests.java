package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.EventMention;
import org.isnad.text.KeptById;

/**
 * The digests of the derived rows (documents as linked, entities, events, stories) the last
 * linking wrote, kept by a running server so the next linking digests again only the rows whose
 * content changed. A digest is reused only for the same id and an equal value, and an equal value
 * has the same JSON: {@code equals} of the model compares everything written except the order of
 * an event report's roles (a map), which the documents' input adds. {@link #none()} keeps
 * nothing (a one-off add). Thread safe.
 */
public final class RowDigests {
  private final KeptById<String> documents;
  private final KeptById<String> entities;
  private final KeptById<String> events;
  private final KeptById<String> stories;

  private RowDigests(boolean keeps) {
    documents = keeps ? KeptById.kept() : KeptById.none();
    entities = keeps ? KeptById.kept() : KeptById.none();
    events = keeps ? KeptById.kept() : KeptById.none();
    stories = keeps ? KeptById.kept() : KeptById.none();
  }

  /** Digests kept from one linking to the next. */
  public static RowDigests kept() {
    return new RowDigests(true);
  }

  /** Every row digested afresh. */
  public static RowDigests none() {
    return new RowDigests(false);
  }

  /** Starts a linking's writing. */
  void turn() {
    for (KeptById<String> k : List.of(documents, entities, events, stories)) {
      k.turn();
    }
  }

  /** Forgets every digest (the linking failed or the store changed under the server). */
  public void clear() {
    for (KeptById<String> k : List.of(documents, entities, events, stories)) {
      k.clear();
    }
  }

  /** The digests of the documents' JSON, in order. */
  List<String> documents(List<AnnotatedDocument> rows) {
    return digests(rows, documents, d -> d.document().id(), RowDigests::sameJson);
  }

  <T> List<String> entities(List<T> rows, Function<T, String> id) {
    return digests(rows, entities, id, row -> row);
  }

  <T> List<String> events(List<T> rows, Function<T, String> id, Function<T, Object> input) {
    return digests(rows, events, id, input);
  }

  <T> List<String> stories(List<T> rows, Function<T, String> id) {
    return digests(rows, stories, id, row -> row);
  }

  private static <T> List<String> digests(List<T> rows, KeptById<String> kept,
      Function<T, String> id, Function<T, Object> input) {
    return IntStream.range(0, rows.size()).parallel().mapToObj(i -> {
      T row = rows.get(i);
      return kept.get(id.apply(row), input.apply(row), () -> Digest.of(row));
    }).toList();
  }

  /** A document with the order of its event reports' roles, which its equality leaves out. */
  private static Object sameJson(AnnotatedDocument d) {
    List<Object> roleOrders = new ArrayList<>();
    for (AnnotatedArticle a : d.articles()) {
      for (EventMention m : a.events()) {
        if (m.roles().size() > 1) {
          roleOrders.add(List.copyOf(m.roles().keySet()));
        }
      }
    }
    return List.of(d, roleOrders);
  }
}
