package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.Quote;
import org.isnad.store.CaseView.StatementRef;

/**
 * Each entity's statements and roles in one analysis: the statements it made (its speaker
 * entity) and those naming it otherwise, in article and text order; how often it is an event's
 * agent, patient or place, and a speaker. Gathered once; read-only after construction. The
 * in-memory view reads it directly, the store keeps it in tables at each linking.
 */
final class EntityStatements {
  /** Every statement of the analysis in article and text order. */
  final List<StatementRef> all = new ArrayList<>();
  /** Statement ids by the entity that made them. */
  final Map<String, List<StatementRef>> by = new HashMap<>();
  /** Statements naming an entity that did not make them. */
  final Map<String, List<StatementRef>> about = new HashMap<>();
  /** Per entity, how often it plays each role. */
  final Map<String, Map<String, Integer>> roles = new HashMap<>();

  EntityStatements(Analysis analysis) {
    for (AnnotatedArticle a : analysis.annotatedArticles()) {
      for (Quote q : a.quotes()) {
        StatementRef ref = statement(q);
        all.add(ref);
        String speaker = q.speaker().entity();
        if (speaker != null) {
          by.computeIfAbsent(speaker, k -> new ArrayList<>()).add(ref);
          role(speaker, "speaker");
        }
        for (String named : namedIn(a, q)) {
          if (!named.equals(speaker)) {
            about.computeIfAbsent(named, k -> new ArrayList<>()).add(ref);
          }
        }
      }
    }
    for (Event e : analysis.timeline().events()) {
      e.actors().forEach(id -> role(id, e.agents().contains(id) ? "agent" : "patient"));
      e.places().forEach(id -> role(id, "place"));
    }
  }

  private void role(String entityId, String role) {
    roles.computeIfAbsent(entityId, k -> new TreeMap<>()).merge(role, 1, Integer::sum);
  }

  private static Set<String> namedIn(AnnotatedArticle a, Quote q) {
    Set<String> named = new LinkedHashSet<>();
    for (EntityMention m : a.mentions()) {
      if (m.entityId() != null && m.start() >= q.start() && m.end() <= q.end()) {
        named.add(m.entityId());
      }
    }
    return named;
  }

  private static StatementRef statement(Quote q) {
    return new StatementRef(q.id(), q.articleId(), q.start(), q.end(), q.content(),
        q.speaker().text(), q.speaker().entity(), q.cue());
  }
}
