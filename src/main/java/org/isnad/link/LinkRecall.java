package org.isnad.link;

import java.util.List;
import org.isnad.model.ContentId;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.Recall;

/**
 * What the link stage recalls between the linkings of one running engine (a server whose case
 * grows): each article's clusters from its own mentions ({@link EntityLinker}), the key of
 * each name ({@link NameKey#of}) and the id a type and name give an entity that stands for itself
 * (a SHA-256 digest). Every recalled step is a pure function of its key, so the results
 * never depend on what was kept; {@link #none()} keeps nothing (one-off runs, evaluation).
 *
 * <p>One linking turns it once: {@link EntityLinker#link} calls {@link #turn()} at its start, so
 * what neither this linking nor the one before asked for is forgotten. Thread safe.
 */
public final class LinkRecall {
  final Recall<ArticleMentions, InArticleLinks> articles;
  private final Recall<String, NameKey> names;
  private final Recall<TypedName, String> plainIds;

  private final boolean keeps;

  private LinkRecall(boolean keeps) {
    this.keeps = keeps;
    this.articles = keeps ? Recall.kept() : Recall.none();
    this.names = keeps ? Recall.kept() : Recall.none();
    this.plainIds = keeps ? Recall.kept() : Recall.none();
  }

  /** A recall that keeps each linking's per-article results for the next one. */
  public static LinkRecall kept() {
    return new LinkRecall(true);
  }

  /** A recall that keeps nothing: every call computes. */
  public static LinkRecall none() {
    return new LinkRecall(false);
  }

  /** Starts a linking (see {@link org.isnad.text.Recall#turn()}). */
  public void turn() {
    all().forEach(Recall::turn);
  }

  /** Ends a linking (see {@link org.isnad.text.Recall#settle()}). */
  public void settle() {
    all().forEach(Recall::settle);
  }

  /** Every recall it holds. */
  private List<Recall<?, ?>> all() {
    return List.of(articles, names, plainIds);
  }

  /** Whether it keeps anything (else every step computes, as without it). */
  boolean keeps() {
    return keeps;
  }

  /** {@link NameKey#of}, recalled by the name. */
  NameKey key(String name) {
    return names.get(name, NameKey::of);
  }

  /** A type and a name, as an entity's own id is made of them. */
  private record TypedName(EntityType type, String name) {}

  /** The id of an entity of the type and name key that stands for itself, recalled by them. */
  String plainId(EntityType type, String name) {
    return plainIds.get(new TypedName(type, name),
        k -> ContentId.of("e", k.type().name(), k.name()));
  }

  /** How many results are kept, in each generation together (tests). */
  int size() {
    return articles.size() + names.size() + plainIds.size();
  }

  /**
   * An article's mentions as {@code EntityLinker} reads them within the article: each one's
   * article, span, text and type, not the entity id an earlier linking gave it. Two mentions of
   * one list that differ only in their entity ids are told apart by the linking (it keeps one
   * cluster per distinct mention), so when a list has two mentions of one span the ids count too.
   */
  static final class ArticleMentions {
    private final List<EntityMention> mentions;
    private final boolean spansDistinct;
    private final int hash;

    ArticleMentions(List<EntityMention> mentions) {
      this.mentions = mentions;
      this.spansDistinct = spansDistinct(mentions);
      int h = spansDistinct ? 1 : 2;
      for (EntityMention m : mentions) {
        h = 31 * h + read(m);
      }
      this.hash = h;
    }

    List<EntityMention> mentions() {
      return mentions;
    }

    private static int read(EntityMention m) {
      int h = m.articleId().hashCode();
      h = 31 * h + m.start();
      h = 31 * h + m.end();
      h = 31 * h + m.text().hashCode();
      return 31 * h + m.type().ordinal();
    }

    /** Whether no two mentions share a span: at once when they are in text order, as usual. */
    private static boolean spansDistinct(List<EntityMention> mentions) {
      boolean ordered = true;
      for (int i = 1; i < mentions.size() && ordered; i++) {
        EntityMention a = mentions.get(i - 1);
        EntityMention b = mentions.get(i);
        ordered = a.start() < b.start() || a.start() == b.start() && a.end() < b.end();
      }
      if (ordered) {
        return true;
      }
      java.util.Set<Long> spans = new java.util.HashSet<>(mentions.size() * 2);
      for (EntityMention m : mentions) {
        if (!spans.add((long) m.start() << 32 | m.end())) {
          return false;
        }
      }
      return true;
    }

    private static boolean sameRead(EntityMention a, EntityMention b) {
      return a.start() == b.start() && a.end() == b.end() && a.type() == b.type()
          && a.articleId().equals(b.articleId()) && a.text().equals(b.text());
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof ArticleMentions other) || other.hash != hash
          || other.spansDistinct != spansDistinct || other.mentions.size() != mentions.size()) {
        return false;
      }
      if (mentions == other.mentions) {
        return true;
      }
      if (!spansDistinct) {
        return mentions.equals(other.mentions);
      }
      for (int i = 0; i < mentions.size(); i++) {
        if (!sameRead(mentions.get(i), other.mentions.get(i))) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
