package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Event;
import org.isnad.model.Outcome;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.store.CaseView.AuditFigures;
import org.isnad.store.CaseView.Unread;

/**
 * The audit figures of one analysis: every document counted by outcome, every input that gave
 * no article listed with why, problems by code, sizes, events by status and modality. Computed
 * once per analysis: by the in-memory view when built, by the store at each linking.
 */
final class AuditCount {
  private AuditCount() { }

  static AuditFigures of(Analysis analysis) {
    Map<String, Integer> outcomes = new TreeMap<>();
    Map<String, Integer> problems = new TreeMap<>();
    List<Unread> unread = new ArrayList<>();
    Map<String, String> sources = new HashMap<>();
    analysis.annotated().forEach(d -> sources.put(d.document().id(), d.document().source()));
    for (AnnotatedDocument d : analysis.annotated()) {
      Outcome outcome = d.extraction().outcome();
      outcomes.merge(outcome.code(), 1, Integer::sum);
      d.extraction().allProblems().forEach(p -> problems.merge(p.code().code(), 1, Integer::sum));
      if (outcome != Outcome.ARTICLES) {
        unread.add(unread(d, outcome, sources));
      }
    }
    analysis.skipped().forEach(s -> unread.add(new Unread(s.path(), "skipped",
        List.of(s.code()), null, s.reason())));
    Set<String> articles = new HashSet<>();
    analysis.annotated().forEach(d -> d.articles().stream().map(AnnotatedArticle::id)
        .forEach(articles::add));
    List<Event> events = analysis.timeline().events();
    return new AuditFigures(analysis.annotated().size(), articles.size(), outcomes,
        analysis.skipped().size(), analysis.entities().size(), analysis.quotes().size(),
        events.size(), count(events, e -> e.status().label()),
        count(events, e -> AnalysisView.spelt(e.modality())),
        analysis.timeline().stories().size(), problems, unread);
  }

  /** A document that gave no article, with the codes of why and the source it copies. */
  private static Unread unread(AnnotatedDocument d, Outcome outcome,
      Map<String, String> sources) {
    List<String> codes = d.extraction().allProblems().stream().filter(Problem::fatal)
        .map(p -> p.code().code()).distinct().toList();
    String copied = d.document().duplicateOf();
    if (codes.isEmpty()) {
      codes = List.of(copied == null ? ProblemCode.NO_ARTICLE.code()
          : ProblemCode.DUPLICATE.code());
    }
    return new Unread(d.document().source(), outcome.code(), codes,
        copied == null ? null : sources.getOrDefault(copied, copied), why(d, sources));
  }

  /** Why a document gave no article; a copy names the source of the document it copies. */
  private static String why(AnnotatedDocument d, Map<String, String> sources) {
    String why = d.extraction().error();
    if (why != null) {
      return why;
    }
    String copied = d.document().duplicateOf();
    return copied == null ? "no article found"
        : "same bytes as " + sources.getOrDefault(copied, copied);
  }

  private static Map<String, Integer> count(List<Event> events, Function<Event, String> key) {
    Map<String, Integer> counts = new HashMap<>();
    events.forEach(e -> counts.merge(key.apply(e), 1, Integer::sum));
    return counts;
  }
}
