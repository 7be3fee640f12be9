package org.isnad.link;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.EntityType;

/**
 * Mentions {@link EntityLinker} takes for one entity: within an article first, then joined
 * across articles ({@code merged} points at the cluster it joined); as a root, what its entity
 * gathers. Mutable, owned by one linking; its keys, names and descriptions are complete when its
 * article is done and only read after ({@link #copy()} shares them).
 */
final class Cluster {
  final EntityType type;
  /** Distinct keys in order of first use: a repeated name adds nothing to compare against. */
  final Set<NameKey> keys;
  final Map<String, Integer> names;
  /** Titles and back references that describe this entity ("المستشار الإيراني", "الأخير"). */
  final List<String> descriptions;
  int lastSeen;
  Cluster merged;
  /** Mentions of this cluster (counted when the result is read). */
  int mentions;
  /** As a root: what its entity gathers, and its place in order of first mention. */
  EntityLinker.Gathered entity;
  int rank;

  Cluster(EntityType type) {
    this(type, new LinkedHashSet<>(), new LinkedHashMap<>(), new ArrayList<>());
  }

  /**
   * A cluster of the same keys, names and descriptions (shared: read only once its article is
   * done), not joined to any: what a new linking starts from when it recalls the article.
   */
  Cluster copy() {
    Cluster c = new Cluster(type, keys, names, descriptions);
    c.longest = longest;
    c.name = name;
    c.local = local;
    return c;
  }

  /**
   * What a recalled article keeps of a cluster it is done with: its names and descriptions
   * (shared: only read once the article is done), not its keys (only the article's own linking
   * compares them), and what was read from its keys (longest, name, whether local). Never
   * changed: {@link #copy()} gives a cluster a linking may join and count on.
   */
  Cluster frozen() {
    Cluster c = new Cluster(type, Set.of(), names, descriptions);
    c.longest = longest();
    c.name = name();
    c.local = local;
    return c;
  }

  private Cluster(EntityType type, Set<NameKey> keys, Map<String, Integer> names,
      List<String> descriptions) {
    this.type = type;
    this.keys = keys;
    this.names = names;
    this.descriptions = descriptions;
  }

  Cluster root() {
    return merged == null ? this : merged.root();
  }

  /** The first of its keys with the most words (kept as keys are added). */
  NameKey longest;
  /** Its id when it stands for itself, read once its keys are all known (see result). */
  String plainId;

  /** Adds a key; whether it is new. */
  boolean addKey(NameKey key) {
    if (!keys.add(key)) {
      return false;
    }
    if (longest == null || key.words().size() > longest.words().size()) {
      longest = key;
    }
    return true;
  }

  NameKey longest() {
    if (longest == null) {
      throw new java.util.NoSuchElementException("a cluster without a name");
    }
    return longest;
  }

  /** Its longest key's words joined, read once its keys are all known (across articles). */
  String name;
  /** Whether its name never joins across articles, read once its keys are all known. */
  Boolean local;

  String name() {
    if (name == null) {
      name = longest().joined();
    }
    return name;
  }
}
