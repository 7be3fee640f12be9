package org.isnad.link;

import static org.isnad.text.GrammarWords.ARTICLE;
import static org.isnad.text.GrammarWords.THE_LATTER;
import static org.isnad.text.GrammarWords.WA;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;

/**
 * Descriptions that refer back to a person of the same article: a title next to a name ("وزير
 * الخارجية الروسي سيرغي لافروف", "هادي البحرة، رئيس المعارضة") describes that person, so the
 * same title later ("وزير الخارجية الروسي", "المستشار الإيراني" after "مستشار قائد فيلق القدس
 * الإيراني") is that person; "الأخير" is the person mentioned last.
 */
final class Descriptions {
  private static final int ADJACENT = 3;
  /** Titles bound to a person, by their first stem, in the order they were bound. */
  private final Map<String, List<Map.Entry<List<String>, Cluster>>> titles = new HashMap<>();
  private Cluster lastPerson;

  /** Records a title next to a person, and the last person. */
  void bind(List<EntityMention> mentions, int i, Cluster cluster, Map<EntityMention, Cluster> of) {
    EntityMention m = mentions.get(i);
    if (m.type() == EntityType.PERSON) {
      lastPerson = cluster;
      EntityMention before = i > 0 ? mentions.get(i - 1) : null;
      if (before != null && before.type() == EntityType.ROLE
          && (!of.containsKey(before) || of.get(before).type != EntityType.PERSON)
          && m.start() - before.end() <= ADJACENT) {
        bindTitle(stems(NameKey.of(before.text())), cluster);
        of.put(before, cluster);
        cluster.descriptions.add(before.text().strip());
      }
    }
  }

  /** The person a description refers to, or {@code null}. */
  Cluster referent(List<EntityMention> mentions, int i, NameKey key,
      Map<EntityMention, Cluster> of) {
    EntityMention m = mentions.get(i);
    if (key.words().size() == 1 && (key.words().get(0).equals(THE_LATTER)
        || key.words().get(0).equals(WA + THE_LATTER))) {
      return lastPerson;
    }
    if (m.type() != EntityType.ROLE) {
      return null;
    }
    int nextGap = i + 1 < mentions.size() && mentions.get(i + 1).type() == EntityType.PERSON
        ? mentions.get(i + 1).start() - m.end() : Integer.MAX_VALUE;
    List<String> stems = stems(key);
    EntityMention before = i > 0 ? mentions.get(i - 1) : null;
    int gap = before == null ? -1 : m.start() - before.end();
    // "هادي البحرة، رئيس المعارضة": a comma between; «"حسن فلارك" مستشار قائد فيلق القدس
    // "قاسم سليماني"»: set apart from the name after it too, so it is the first one's
    if (before != null && before.type() == EntityType.PERSON && of.containsKey(before)
        && gap >= 2 && gap <= ADJACENT && (nextGap > ADJACENT || nextGap >= 2)) {
      bindTitle(stems, of.get(before));
      return of.get(before);
    }
    if (nextGap <= ADJACENT) {
      return null;
    }
    List<Map.Entry<List<String>, Cluster>> same = stems.isEmpty() ? List.of()
        : titles.getOrDefault(stems.get(0), List.of());
    for (int k = same.size() - 1; k >= 0; k--) {
      if (same.get(k).getKey().containsAll(stems)) {
        return same.get(k).getValue();
      }
    }
    return null;
  }

  private void bindTitle(List<String> stems, Cluster cluster) {
    if (!stems.isEmpty()) {
      titles.computeIfAbsent(stems.get(0), k -> new ArrayList<>()).add(Map.entry(stems,
          cluster));
    }
  }

  /** The words without the article ال, for comparing a definite title with its full form. */
  private static List<String> stems(NameKey key) {
    return key.words().stream().map(w -> w.startsWith(ARTICLE) && w.length() > 3
        ? w.substring(2) : w).toList();
  }
}
