package org.isnad.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.isnad.model.Analysis;
import org.isnad.model.Article;
import org.isnad.model.ArticleBuilder;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Conflict;
import org.isnad.model.ConflictField;
import org.isnad.model.Document;
import org.isnad.model.Entity;
import org.isnad.model.EntityType;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Extraction;
import org.isnad.model.Format;
import org.isnad.model.Modality;
import org.isnad.model.Problem;
import org.isnad.model.ProblemCode;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.model.Report;
import org.isnad.model.Speaker;
import org.isnad.model.Stage;
import org.isnad.model.Story;
import org.isnad.model.Timeline;
import org.isnad.model.Timex;
import org.isnad.model.TimexMod;
import org.isnad.model.TimexType;

/**
 * An analysis whose every string field holds the hostile strings of
 * {@code hostile/outputs/strings.json} (lone surrogates, control characters, markup, formulas),
 * built directly in model objects: the writers must be safe whatever ingest lets through.
 */
final class HostileAnalysis {
  private HostileAnalysis() {}

  /** The named strings of the fixture, in file order. */
  static Map<String, String> strings() {
    try (InputStream in = HostileAnalysis.class.getResourceAsStream(
        "/org/isnad/hostile/outputs/strings.json")) {
      JsonNode node = new ObjectMapper().readTree(in);
      Map<String, String> strings = new LinkedHashMap<>();
      node.fields().forEachRemaining(f -> strings.put(f.getKey(), f.getValue().asText()));
      strings.remove("comment");
      return strings;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every hostile string joined, for fields that take one string. */
  static String all() {
    return String.join(" ", strings().values());
  }

  static Analysis build() {
    Map<String, String> s = strings();
    String all = all();
    Document document = new Document("d1", s.get("control"), "00", Format.TEXT, "UTF-8", all,
        null, null, List.of(Problem.warning(Stage.INGEST, ProblemCode.UNSAFE_CHARACTERS, s.get("loneLow"))));
    List<Article> articles = new ArrayList<>();
    List<Event> events = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<Timex> timexes = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    int n = 0;
    for (Map.Entry<String, String> e : s.entrySet()) {
      n++;
      String v = e.getValue().isBlank() ? e.getKey() + e.getValue() : e.getValue();
      String id = "d1-a" + n;
      articles.add(ArticleBuilder.text(v + "\n\n" + all).id(id).title(v).outlet(v).author(v)
          .dateline(v).credit(v).tags(List.of(v)).url(v)
          .published(new Published("2017-08-20", null, null, org.isnad.model.Basis.METADATA, v))
          .build());
      Speaker speaker = new Speaker(v, 0, 1, "e" + n);
      List<ChainLink> chain = List.of(new ChainLink(v, null, ChainRole.PUBLISHER),
          new ChainLink(v + "x", "e" + n, ChainRole.RELAY),
          new ChainLink(s.get("nul"), null, ChainRole.SPEAKER),
          new ChainLink(s.get("control") + "\u0001", null, ChainRole.SOURCE));
      quotes.add(new Quote("q" + n, id, 0, 2, v, v, 0, true, speaker, chain));
      timexes.add(new Timex("t" + n, id, 0, 1, v, TimexType.DATE, v, TimexMod.APPROX, v, v));
      entities.add(new Entity("e" + n, EntityType.PERSON, v, List.of(v), 2));
      Report report = new Report("m" + n, id, 0, 2, v, "2017-08-20", List.of(v, v), v);
      events.add(new Event("event-" + n, v, v, Modality.ASSERTED, "2017-08-20", "2017-08-20",
          "2017-08-21", List.of("e" + n), List.of(), List.of(report, report), 1,
          EventStatus.CONTESTED, List.of(new Conflict(ConflictField.DATE, v,
              List.of(new Conflict.Value(v, List.of(id), List.of(v)),
                  new Conflict.Value(v + "2", List.of(id))))), "s1",
          List.of(v), List.of("e" + n)));
    }
    Extraction extraction = new Extraction(document, articles, List.of(), List.of());
    Timeline timeline = new Timeline(List.of(), events, List.of(new Story("s1", all,
        articles.stream().map(Article::id).toList(), events.stream().map(Event::id).toList())),
        Map.of(), Map.of(), Map.of());
    return new Analysis(Instant.EPOCH, List.of(extraction), timexes, entities, List.of(),
        quotes, timeline);
  }
}
