package org.isnad.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.ChainLink;
import org.isnad.model.Conflict;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.Event;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.store.CaseView.ArticleDetail;
import org.isnad.store.CaseView.ChainStep;
import org.isnad.store.CaseView.ConflictValue;
import org.isnad.store.CaseView.ConflictView;
import org.isnad.store.CaseView.DroppedLine;
import org.isnad.store.CaseView.EntityDetail;
import org.isnad.store.CaseView.EventDetail;
import org.isnad.store.CaseView.ReportDetail;
import org.isnad.store.CaseView.Span;
import org.isnad.store.CaseView.StatementRef;

/**
 * The full pages of one analysis: an event with its reports in their paragraphs, an article
 * with its marks, an entity with its roles and statements. The statements by and about each
 * entity are gathered once, in article and text order. Read-only after construction.
 */
final class Details {
  private final CaseIndex index;
  private final Map<String, List<StatementRef>> by = new HashMap<>();
  private final Map<String, List<StatementRef>> about = new HashMap<>();
  private final Map<String, Map<String, Integer>> roles = new HashMap<>();

  Details(CaseIndex index) {
    this.index = index;
    for (AnnotatedArticle a : index.analysis().annotatedArticles()) {
      for (Quote q : a.quotes()) {
        StatementRef ref = statement(q);
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
    for (Event e : index.analysis().timeline().events()) {
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

  EntityDetail entity(Entity e, long events, PageRequest page) {
    return new EntityDetail(e.id(), AnalysisView.type(e), e.name(), e.aliases(),
        e.mentionCount(), roles.getOrDefault(e.id(), Map.of()), events,
        Page.of(by.getOrDefault(e.id(), List.of()), page),
        Page.of(about.getOrDefault(e.id(), List.of()), page));
  }

  EventDetail event(Event e) {
    List<ReportDetail> reports = e.reports().stream().map(this::report).toList();
    List<ConflictView> conflicts = e.conflicts().stream().map(this::conflict).toList();
    return new EventDetail(index.item(e), e.agents().stream().map(index::nameRef).toList(),
        reports, AnalysisView.distinct(e.reports().stream().map(Report::source).toList()),
        conflicts, e.basis());
  }

  private ConflictView conflict(Conflict c) {
    return new ConflictView(c.field().label(), c.note(), c.values().stream()
        .map(v -> new ConflictValue(v.value(), v.articles().stream().map(index::articleRef)
            .toList(), v.sources())).toList());
  }

  private ReportDetail report(Report r) {
    AnnotatedArticle annotated = index.article(r.articleId()).orElse(null);
    if (annotated == null) {
      return new ReportDetail(r.articleId(), null, null, null, null, r.sentence(), r.start(),
          r.end(), r.sentence(), r.start(), r.when(), chain(r, List.of()), r.source());
    }
    Article a = annotated.article();
    Paragraph p = Paragraph.around(a.text(), r.start());
    return new ReportDetail(a.id(), a.title(), a.outlet(), a.url(), a.published().value(),
        r.sentence(), r.start(), r.end(), p.text(), p.start(), r.when(),
        chain(r, annotated.quotes()), r.source());
  }

  /**
   * The report's chain with each link's role: the first link is the publisher; another link
   * takes the role the statement covering the sentence gives that name, or none.
   */
  private static List<ChainStep> chain(Report r, List<Quote> quotes) {
    Map<String, String> roleOf = new HashMap<>();
    for (Quote q : quotes) {
      if (q.start() < r.end() && r.start() < q.end()) {
        for (ChainLink link : q.chain()) {
          roleOf.putIfAbsent(link.name(), AnalysisView.spelt(link.role()));
        }
      }
    }
    List<ChainStep> steps = new ArrayList<>();
    for (int i = 0; i < r.chain().size(); i++) {
      String name = r.chain().get(i);
      steps.add(new ChainStep(name, i == 0 ? "publisher" : roleOf.get(name)));
    }
    return steps;
  }

  ArticleDetail article(AnnotatedArticle annotated) {
    Article a = annotated.article();
    AnnotatedDocument d = index.documentOf(a.id());
    List<Span> names = annotated.mentions().stream().map(m -> new Span(m.start(), m.end(),
        "name", AnalysisView.spelt(m.type()), m.entityId())).toList();
    List<Span> times = annotated.timexes().stream().map(t -> new Span(t.start(), t.end(),
        "time", t.value(), null)).toList();
    List<Span> statements = annotated.quotes().stream().map(q -> new Span(q.start(), q.end(),
        "statement", q.speaker().text(), q.id())).toList();
    List<Span> events = annotated.events().stream().map(m -> new Span(m.start(), m.end(),
        "event", m.type(), index.eventOfMention(m.id()))).toList();
    List<DroppedLine> dropped = d == null ? List.of() : d.dropped().stream()
        .map(x -> new DroppedLine(x.line(), x.text(), x.reason().code(),
            x.reason().description())).toList();
    var timeline = index.analysis().timeline();
    return new ArticleDetail(a.id(), a.documentId(), d == null ? null : d.document().source(),
        a.title(), a.outlet(), a.author(), a.url(), a.published().value(),
        a.published().basis().json(), a.text(), names, times, statements, events, dropped,
        timeline.storyOf().get(a.id()), timeline.copies().get(a.id()));
  }

  /** The paragraph (text between blank lines) holding a code point offset. */
  record Paragraph(String text, int start) {
    static Paragraph around(String text, int codePoint) {
      int total = text.codePointCount(0, text.length());
      int at = text.offsetByCodePoints(0, Math.max(0, Math.min(codePoint, total)));
      int from = text.lastIndexOf("\n\n", at);
      from = from < 0 ? 0 : from + 2;
      if (from > at) {
        from = at;
      }
      int to = text.indexOf("\n\n", at);
      to = to < 0 ? text.length() : to;
      return new Paragraph(text.substring(from, to), text.codePointCount(0, from));
    }
  }
}
