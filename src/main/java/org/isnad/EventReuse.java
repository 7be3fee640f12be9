package org.isnad;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.annotate.AnnotationPass;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Article;
import org.isnad.model.EntityMention;
import org.isnad.model.Problem;
import org.isnad.model.Timex;
import org.isnad.store.Store.KeptEvents;
import org.isnad.text.KeptById;

/**
 * Runs the event pass (the linked pass) on an article, or reuses what a former linking kept for
 * it: the pass is a pure function of what it reads (the article, its time expressions, its
 * linked mentions and its statements; the engine's code, named by {@link CodeDigest}), so an article
 * whose digest of those equals the kept key gets exactly the events and problems the pass would
 * give. What it runs is collected, by article id, for the store to keep.
 *
 * <p>{@link #NONE} runs the pass on every article and keeps nothing (a run without a store).
 * Thread safe: articles may be passed from several workers.
 */
final class EventReuse {
  /** Runs the pass every time, computes no key and collects nothing. */
  static final EventReuse NONE = new EventReuse(null, KeptById.none());
  private final Map<String, KeptEvents> kept;
  private final KeptById<String> keys;
  private final Map<String, KeptEvents> computed = new ConcurrentHashMap<>();

  /** Names the code that made a result: a result of other code is never reused. */
  static String code() {
    // read when a key is first made: a run without a store never reads the jar for it
    return "isnad " + CodeDigest.ofEngine() + "; event pass 1";
  }

  private EventReuse(Map<String, KeptEvents> kept, KeptById<String> keys) {
    this.kept = kept;
    this.keys = keys;
  }

  /** Reuses {@code kept} (by article id) where its key matches, and collects the rest. */
  static EventReuse of(Map<String, KeptEvents> kept) {
    return of(kept, KeptById.none());
  }

  /**
   * As {@link #of(Map)}, taking an article's key from {@code keys} when the article equals the
   * one the key was made from (a running server: most articles are unchanged between linkings).
   */
  static EventReuse of(Map<String, KeptEvents> kept, KeptById<String> keys) {
    return new EventReuse(Map.copyOf(kept), keys);
  }

  /** The article through {@code pass}, or with the kept result of the same inputs. */
  AnnotatedArticle run(AnnotationPass pass, AnnotatedArticle article) {
    if (kept == null) {
      return pass.run(article);
    }
    String key = keys.get(article.id(), article, () -> key(article));
    KeptEvents same = kept.get(article.id());
    if (same != null && same.key().equals(key)) {
      return reused(article, same);
    }
    AnnotatedArticle done = pass.run(article);
    List<Problem> added = done.problems().subList(article.problems().size(),
        done.problems().size());
    computed.put(article.id(), new KeptEvents(key, done.events(), added));
    return done;
  }

  /** The results this reuse computed (not reused), by article id. */
  Map<String, KeptEvents> computed() {
    return Map.copyOf(computed);
  }

  private static AnnotatedArticle reused(AnnotatedArticle article, KeptEvents same) {
    AnnotatedArticle done = article.withEvents(same.events());
    for (Problem p : same.problems()) {
      done = done.withProblem(p);
    }
    return done;
  }

  /**
   * A digest of what the pass reads: every component of the article, its time expressions, its
   * mentions and its statements, each string with its length and each list with its size, so
   * different inputs never feed the same bytes.
   */
  static String key(AnnotatedArticle article) {
    Feed feed = new Feed();
    feed.text(code());
    Article a = article.article();
    feed.texts(a.id(), a.documentId(), a.title(), a.text(), a.outlet(), a.author(),
        a.dateline(), a.credit(), a.language(), a.url(), RecordText.of(a.published()));
    feed.number(a.tags().size());
    a.tags().forEach(feed::text);
    feed.number(a.segments().size());
    a.segments().forEach(s -> feed.numbers(s.start(), s.end(), s.sourceStart(), s.sourceEnd()));
    feed.number(article.timexes().size());
    for (Timex t : article.timexes()) {
      feed.texts(t.id(), t.articleId(), t.text(), String.valueOf(t.type()), t.value(),
          String.valueOf(t.mod()), t.anchor(), t.problem());
      feed.numbers(t.start(), t.end());
    }
    feed.number(article.mentions().size());
    for (EntityMention m : article.mentions()) {
      feed.texts(m.articleId(), m.text(), String.valueOf(m.type()), m.entityId());
      feed.numbers(m.start(), m.end());
    }
    // few per article: their text forms (records all through, no map, none overridden)
    feed.text(RecordText.of(article.quotes()));
    return feed.hex();
  }

  /**
   * Bytes into a SHA-256 digest: strings as their length and UTF-16 units, numbers as ints
   * (big-endian). The bytes gather in a buffer handed to the digest when full, so the digest is
   * the one of feeding them one at a time, without a call per byte.
   */
  private static final class Feed {
    private static final int SIZE = 1 << 14;
    private final MessageDigest digest = sha256();
    private final byte[] buffer = new byte[SIZE];
    private final char[] units = new char[SIZE / 2];
    private int used;

    void texts(String... values) {
      for (String v : values) {
        text(v);
      }
    }

    void text(String value) {
      if (value == null) {
        number(-1);
        return;
      }
      int n = value.length();
      number(n);
      // the units are copied out a buffer's worth at a time and read from the array
      for (int from = 0; from < n; from += SIZE / 2) {
        int to = Math.min(n, from + SIZE / 2);
        value.getChars(from, to, units, 0);
        if (used + 2 * (to - from) > SIZE) {
          flush();
        }
        for (int i = 0; i < to - from; i++) {
          char c = units[i];
          buffer[used + 2 * i] = (byte) (c >>> 8);
          buffer[used + 2 * i + 1] = (byte) c;
        }
        used += 2 * (to - from);
      }
    }

    void numbers(int... values) {
      for (int v : values) {
        number(v);
      }
    }

    void number(int value) {
      if (used + 4 > SIZE) {
        flush();
      }
      buffer[used++] = (byte) (value >>> 24);
      buffer[used++] = (byte) (value >>> 16);
      buffer[used++] = (byte) (value >>> 8);
      buffer[used++] = (byte) value;
    }

    private void flush() {
      digest.update(buffer, 0, used);
      used = 0;
    }

    String hex() {
      flush();
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
