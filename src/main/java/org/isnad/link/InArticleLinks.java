package org.isnad.link;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.EntityMention;

/**
 * One article's linking within itself, kept apart from any linking across articles: its clusters
 * as they were when the article was done ({@link Cluster#frozen}, never handed out: each linking
 * takes fresh copies, which it may join and count on), and for each mention it placed, in the order it placed them, the
 * mention's place in the article's list and its cluster. Immutable once made.
 */
final class InArticleLinks {
  private final List<Cluster> clusters;
  private final int[] mentionAt;
  private final int[] clusterAt;
  private final long comparisons;

  private InArticleLinks(List<Cluster> clusters, int[] mentionAt, int[] clusterAt,
      long comparisons) {
    this.clusters = clusters;
    this.mentionAt = mentionAt;
    this.clusterAt = clusterAt;
    this.comparisons = comparisons;
  }

  /**
   * What an article's linking gave: its clusters in order of creation and each placed mention's
   * cluster, in the order placed; {@code mentions} is the list it read.
   */
  static InArticleLinks of(List<EntityMention> mentions, List<Cluster> clusters,
      EntityLinker.Part of, long comparisons) {
    // the placed mentions are the list's own objects: found by identity, not by hashing records
    Map<EntityMention, Integer> place = new IdentityHashMap<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      place.putIfAbsent(mentions.get(i), i);
    }
    Map<Cluster, Integer> rank = new IdentityHashMap<>(clusters.size());
    clusters.forEach(c -> rank.put(c, rank.size()));
    int[] mentionAt = new int[of.size()];
    int[] clusterAt = new int[of.size()];
    for (int i = 0; i < of.size(); i++) {
      mentionAt[i] = place.get(of.mentions()[i]);
      clusterAt[i] = rank.get(of.clusters()[i]);
    }
    return new InArticleLinks(clusters.stream().map(Cluster::frozen).toList(), mentionAt,
        clusterAt, comparisons);
  }

  /** The names compared when it was made. */
  long comparisons() {
    return comparisons;
  }

  /**
   * Fresh clusters for one linking of {@code mentions} (a list equal to the one read, as
   * {@link LinkRecall.ArticleMentions} compares them): adds them to {@code all} and returns the
   * mentions with their clusters, in the order placed.
   */
  EntityLinker.Part part(List<EntityMention> mentions, List<Cluster> all) {
    List<Cluster> fresh = new ArrayList<>(clusters.size());
    clusters.forEach(c -> fresh.add(c.copy()));
    all.addAll(fresh);
    EntityMention[] placed = new EntityMention[mentionAt.length];
    Cluster[] theirs = new Cluster[mentionAt.length];
    for (int i = 0; i < mentionAt.length; i++) {
      placed[i] = mentions.get(mentionAt[i]);
      theirs[i] = fresh.get(clusterAt[i]);
    }
    return new EntityLinker.Part(placed, theirs);
  }
}
