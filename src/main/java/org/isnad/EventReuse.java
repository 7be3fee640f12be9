package org.isnad;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.annotate.AnnotationPass;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.Problem;
import org.isnad.store.Store.KeptEvents;

/**
 * Runs the event pass (the linked pass) on an article, or reuses what a former linking kept for
 * it: the pass is a pure function of what it reads (the article, its time expressions, its
 * linked mentions and its statements; the engine's code, named by its version), so an article
 * whose digest of those equals the kept key gets exactly the events and problems the pass would
 * give. What it runs is collected, by article id, for the store to keep.
 *
 * <p>{@link #NONE} runs the pass on every article and keeps nothing (a run without a store).
 * Thread safe: articles may be passed from several workers.
 */
final class EventReuse {
  /** Runs the pass every time, computes no key and collects nothing. */
  static final EventReuse NONE = new EventReuse(null);
  /** Names the code that made a result: a result of other code is never reused. */
  private static final String CODE = "isnad " + Isnad.class.getPackage().getImplementationVersion()
      + "; event pass 1";
  private final Map<String, KeptEvents> kept;
  private final Map<String, KeptEvents> computed = new ConcurrentHashMap<>();

  private EventReuse(Map<String, KeptEvents> kept) {
    this.kept = kept;
  }

  /** Reuses {@code kept} (by article id) where its key matches, and collects the rest. */
  static EventReuse of(Map<String, KeptEvents> kept) {
    return new EventReuse(Map.copyOf(kept));
  }

  /** The article through {@code pass}, or with the kept result of the same inputs. */
  AnnotatedArticle run(AnnotationPass pass, AnnotatedArticle article) {
    if (kept == null) {
      return pass.run(article);
    }
    String key = key(article);
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
   * A digest of what the pass reads: the records' text forms (every component, in order; none
   * of them holds a map or overrides its text form, so equal inputs give equal text).
   */
  static String key(AnnotatedArticle article) {
    MessageDigest digest = sha256();
    for (Object part : List.of(CODE, article.article(), article.timexes(), article.mentions(),
        article.quotes())) {
      digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
