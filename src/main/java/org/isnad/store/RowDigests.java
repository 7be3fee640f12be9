package org.isnad.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.EventMention;
import org.isnad.store.CaseView.StatementRef;
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
  private final KeptById<String> statementJson;
  /** Each derived table's rows (id to digest) as the last linking left them, when known. */
  private final Map<String, Map<String, String>> tables =
      new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Each keyed view table's rows ({@link KeyedRows}: the statements, the "statement about" rows,
   * the event mentions, the entities' roles) as the last linking left them, when known.
   */
  private final Map<String, Map<List<String>, List<String>>> keyed =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Each document's articles as the last linking left the articles table, when known. */
  private volatile Map<String, List<String>> articlesOf;
  private final boolean keeps;

  private RowDigests(boolean keeps) {
    documents = keeps ? KeptById.kept() : KeptById.none();
    entities = keeps ? KeptById.kept() : KeptById.none();
    events = keeps ? KeptById.kept() : KeptById.none();
    stories = keeps ? KeptById.kept() : KeptById.none();
    statementJson = keeps ? KeptById.kept() : KeptById.none();
    this.keeps = keeps;
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
    digests().forEach(KeptById::turn);
  }

  /** Ends a linking's writing: the digests of the one before are forgotten now. */
  public void settle() {
    digests().forEach(KeptById::settle);
  }

  /** Forgets every digest (the linking failed or the store changed under the server). */
  public void clear() {
    digests().forEach(KeptById::clear);
    tables.clear();
    keyed.clear();
    articlesOf = null;
  }

  /** The digests kept by row id, one for each kind of row. */
  private List<KeptById<String>> digests() {
    return List.of(documents, entities, events, stories, statementJson);
  }

  /**
   * The rows (id to digest) the last linking left in the derived table {@code name}, when known:
   * a server whose store no other process changed since (its kept case is checked, and forgotten
   * with these when an add fails); else null, and they are read from the store.
   */
  Map<String, String> table(String name) {
    return tables.get(name);
  }

  /** Each document's article ids as the last linking left them, when known; else null. */
  Map<String, List<String>> articlesOf() {
    return articlesOf;
  }

  /** The articles table now holds the articles {@code byDocument} (document id to ids). */
  void articlesWritten(Map<String, List<String>> byDocument) {
    if (keeps) {
      articlesOf = byDocument;
    }
  }

  /** The derived table {@code name} now holds {@code rows} (id to digest). */
  void tableWritten(String name, Map<String, String> rows) {
    if (keeps) {
      tables.put(name, rows);
    }
  }

  /**
   * The rows (key columns to value columns) the last linking left in the keyed view table
   * {@code name}, when known (as for {@link #table}); else null, and they are read from the
   * store.
   */
  Map<List<String>, List<String>> keyed(String name) {
    return keyed.get(name);
  }

  /** The keyed view table {@code name} now holds {@code rows}. */
  void keyedWritten(String name, Map<List<String>, List<String>> rows) {
    if (keeps) {
      keyed.put(name, rows);
    }
  }

  /** A statement's JSON, kept while the statement is equal. */
  String statementJson(StatementRef s) {
    return statementJson.get(s.id(), s, () -> ModelJson.write(s));
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
