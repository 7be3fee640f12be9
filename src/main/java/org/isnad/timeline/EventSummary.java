package org.isnad.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.ArgumentRole;
import org.isnad.model.Entity;
import org.isnad.model.EventMention;
import org.isnad.model.Modality;
import org.isnad.text.ArabicLetters;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.RuleFile;

/**
 * An event's summary line, read from {@code event-types.txt}: the type's label, who did it,
 * to or with whom, and where, each as the reports' clauses give them, most often named first
 * ("لقاء: عباس عراقجي مع بشار الأسد — دمشق"); for deaths, injuries and arrests only whom they
 * happened to ({@code @UNDERGONE}), and only from reports whose word reads one way ("مقتل", not
 * "قتل", {@code @BOTHWAYS}); a negated or unrealised event says so first.
 * Immutable and thread safe.
 */
final class EventSummary {
  private static final String MODALITY_PREFIX = "@";
  private static final String UNDERGONE = "@UNDERGONE";
  private static final String BOTH_WAYS = "@BOTHWAYS";
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, String> joiners = new HashMap<>();
  private final java.util.Set<String> undergone = new java.util.HashSet<>();
  private final java.util.Set<String> bothWays = new java.util.HashSet<>();

  EventSummary() {
    for (String line : RuleFile.read(EventSummary.class, "event-types.txt")) {
      String[] f = line.split("\t");
      if (f.length == 2 && f[0].strip().equals(UNDERGONE)) {
        undergone.add(f[1].strip());
        continue;
      }
      if (f.length == 2 && f[0].strip().equals(BOTH_WAYS)) {
        bothWays.add(ArabicNormalizer.standard().normalizeToString(f[1].strip()));
        continue;
      }
      if (f.length >= 2) {
        labels.put(f[0].strip(), f[1].strip());
      }
      if (f.length == 3) {
        joiners.put(f[0].strip(), f[2].strip());
      }
    }
  }

  /** The summary of the reports of one event, with the places it is said to be in. */
  String line(List<EventMention> cluster, List<String> places, Map<String, Entity> entities) {
    EventMention first = cluster.get(0);
    StringBuilder s = new StringBuilder(labels.getOrDefault(first.type(), first.type()));
    if (first.modality() != Modality.ASSERTED) {
      s.insert(0, labels.getOrDefault(MODALITY_PREFIX + first.modality().name(), "") + ": ");
    }
    List<String> agents = undergone.contains(first.type()) ? List.of()
        : names(ranked(cluster, ArgumentRole.AGENT), entities);
    List<EventMention> named = undergone.contains(first.type())
        ? cluster.stream().filter(m -> !bothWays.contains(ArabicLetters.withoutConjunction(
            ArabicNormalizer.standard().normalizeToString(m.trigger())))).toList() : cluster;
    List<String> patients = names(ranked(named, ArgumentRole.PATIENT), entities);
    if (!agents.isEmpty() || !patients.isEmpty()) {
      s.append(": ").append(String.join("، ", agents));
      if (!patients.isEmpty()) {
        if (!agents.isEmpty()) {
          s.append(' ').append(joiners.getOrDefault(first.type(), "←")).append(' ');
        }
        s.append(String.join("، ", patients));
      }
    }
    List<String> where = names(places, entities);
    if (!where.isEmpty()) {
      s.append(" — ").append(String.join("، ", where));
    }
    return s.toString();
  }

  /**
   * The entity ids the reports give one of {@code roles}, most often given first, then in the
   * order the reports give them (never by the ids' spelling: they are hashes).
   */
  static List<String> ranked(List<EventMention> cluster, ArgumentRole... roles) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (EventMention m : cluster) {
      for (ArgumentRole role : roles) {
        for (String id : role == ArgumentRole.PLACE && m.roles().isEmpty() ? m.places()
            : role != ArgumentRole.PLACE && m.roles().isEmpty() ? m.actors()
            : m.withRole(role)) {
          counts.merge(id, 1, Integer::sum);
        }
      }
    }
    List<String> ids = new ArrayList<>(counts.keySet());
    ids.sort(Comparator.comparing((String id) -> -counts.get(id)));
    return ids;
  }

  /** The first two names of {@code ids}. */
  private static List<String> names(List<String> ids, Map<String, Entity> entities) {
    return ids.stream().limit(2).map(id -> entities.containsKey(id) ? entities.get(id).name()
        : id).toList();
  }
}
