package org.isnad.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.isnad.model.Analysis;
import org.isnad.model.AnnotatedArticle;
import org.isnad.model.AnnotatedDocument;
import org.isnad.model.Article;
import org.isnad.model.Dropped;
import org.isnad.model.Entity;
import org.isnad.model.EntityMention;
import org.isnad.model.Extraction;
import org.isnad.model.Problem;
import org.isnad.model.Published;
import org.isnad.model.Segment;
import org.isnad.model.Skipped;
import org.isnad.model.ChainLink;
import org.isnad.model.Quote;
import org.isnad.model.Timex;
import org.isnad.model.Timeline;

/**
 * Writes the analysis JSON (contract {@code docs/analysis.schema.json}, format version "2":
 * annotations give their span in the article text by offsets and do not repeat its text).
 * Streams with Jackson's generator so large batches never sit in memory twice. The timeline
 * arrays (events, stories) come from the run's {@link Timeline}. Each document says its
 * {@code outcome} ({@code articles}, {@code no-article}, {@code duplicate}, {@code failed}); a
 * document without article keeps its {@code error} as before, so older readers see no change.
 * Any string in the model is written as valid JSON ({@link JsonOutput}).
 *
 * <p>Thread safe: holds no state.
 */
public final class AnalysisJsonWriter {
  /** The contract version this writer produces. */
  public static final String FORMAT_VERSION = "2";


  /** Writes {@code analysis} as compact UTF-8 JSON; does not close {@code out}. */
  public void write(Analysis analysis, OutputStream out) throws IOException {
    write(analysis, out, () -> { });
  }

  /**
   * Writes {@code analysis} as {@link #write(Analysis, OutputStream)} does, calling
   * {@code written} after each document and after each article (a progress count of
   * {@link #units(Analysis)}). Reads the annotated documents in place: nothing of the analysis is
   * copied or regrouped while writing.
   */
  public void write(Analysis analysis, OutputStream out, Runnable written) throws IOException {
    write(ContractParts.of(analysis), out, written);
  }

  /** Writes the contract of a run given as its sections; does not close {@code out}. */
  public void write(ContractParts parts, OutputStream out) throws IOException {
    write(parts, out, () -> { });
  }

  /**
   * Writes the contract of a run given as its sections ({@link ContractParts}), reading each
   * once in order, as {@link #write(Analysis, OutputStream, Runnable)} does: the same bytes for
   * the same run; {@code written} is called after each document and each article.
   */
  public void write(ContractParts parts, OutputStream out, Runnable written) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      json.writeStartObject();
      json.writeStringField("isnad", FORMAT_VERSION);
      json.writeStringField("generatedAt", parts.generatedAt().toString());
      json.writeArrayFieldStart("documents");
      for (Extraction document : parts.documents()) {
        writeDocument(json, document);
        written.run();
      }
      json.writeEndArray();
      writeSkipped(json, parts.skipped());
      json.writeArrayFieldStart("articles");
      for (ContractParts.ArticleLine line : parts.articles()) {
        writeArticle(json, line);
        written.run();
      }
      json.writeEndArray();
      writeEach(json, "timexes", parts, AnnotatedArticle::timexes,
          AnalysisJsonWriter::writeTimex);
      json.writeArrayFieldStart("entities");
      for (Entity entity : parts.entities()) {
        writeEntity(json, entity);
      }
      json.writeEndArray();
      writeEach(json, "mentions", parts, AnnotatedArticle::mentions,
          AnalysisJsonWriter::writeMention);
      writeEach(json, "quotes", parts, AnnotatedArticle::quotes,
          AnalysisJsonWriter::writeQuote);
      TimelineJsonWriter.write(json, parts.events(), parts.stories());
      json.writeEndObject();
    }
  }

  /** Writes one item of an array. */
  @FunctionalInterface
  private interface ItemWriter<T> {
    void write(JsonGenerator json, T item) throws IOException;
  }

  /**
   * Writes the array {@code field}: the items {@code part} gives of each article, articles in
   * the run's order.
   */
  private static <T> void writeEach(JsonGenerator json, String field, ContractParts parts,
      java.util.function.Function<AnnotatedArticle, List<T>> part, ItemWriter<T> writer)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (AnnotatedArticle article : parts.annotated()) {
      for (T item : part.apply(article)) {
        writer.write(json, item);
      }
    }
    json.writeEndArray();
  }

  /** How often {@link #write(Analysis, OutputStream, Runnable)} calls back: documents, articles. */
  public static long units(Analysis analysis) {
    return analysis.annotated().stream().mapToLong(d -> 1 + d.articles().size()).sum();
  }

  private static void writeDocument(JsonGenerator json, Extraction extraction)
      throws IOException {
    var document = extraction.document();
    json.writeStartObject();
    json.writeStringField("id", document.id());
    json.writeStringField("source", document.source());
    json.writeStringField("sha256", document.sha256());
    if (document.charset() != null) {
      json.writeStringField("charset", document.charset());
    }
    json.writeStringField("format", document.format().name().toLowerCase(java.util.Locale.ROOT));
    json.writeArrayFieldStart("articles");
    for (Article article : extraction.articles()) {
      json.writeString(article.id());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("dropped");
    for (Dropped dropped : extraction.dropped()) {
      writeDropped(json, dropped);
    }
    json.writeEndArray();
    if (document.duplicateOf() != null) {
      json.writeStringField("duplicateOf", document.duplicateOf());
    }
    writeProblems(json, extraction.allProblems());
    json.writeStringField("outcome", extraction.outcome().code());
    if (extraction.failed()) {
      json.writeStringField("error", extraction.error());
    }
    json.writeEndObject();
  }

  private static void writeSkipped(JsonGenerator json, List<Skipped> skipped)
      throws IOException {
    json.writeArrayFieldStart("skipped");
    for (Skipped entry : skipped) {
      json.writeStartObject();
      json.writeStringField("path", entry.path());
      json.writeStringField("code", entry.code());
      json.writeStringField("reason", entry.reason());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeEntity(JsonGenerator json, Entity entity) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", entity.id());
    json.writeStringField("type", entity.type().name());
    json.writeStringField("name", entity.name());
    json.writeArrayFieldStart("aliases");
    for (String alias : entity.aliases()) {
      json.writeString(alias);
    }
    json.writeEndArray();
    json.writeNumberField("mentionCount", entity.mentionCount());
    if (!entity.merged().isEmpty()) {
      json.writeArrayFieldStart("merged");
      for (String id : entity.merged()) {
        json.writeString(id);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  private static void writeMention(JsonGenerator json, EntityMention mention) throws IOException {
    json.writeStartObject();
    json.writeStringField("article", mention.articleId());
    json.writeNumberField("start", mention.start());
    json.writeNumberField("end", mention.end());
    json.writeStringField("type", mention.type().name());
    json.writeStringField("entity", mention.entityId());
    json.writeEndObject();
  }

  private static void writeQuote(JsonGenerator json, Quote quote) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", quote.id());
    json.writeStringField("article", quote.articleId());
    json.writeNumberField("start", quote.start());
    json.writeNumberField("end", quote.end());
    json.writeStringField("cue", quote.cue());
    json.writeNumberField("cueStart", quote.cueStart());
    json.writeBooleanField("direct", quote.direct());
    json.writeObjectFieldStart("speaker");
    json.writeStringField("text", quote.speaker().text());
    if (!quote.speaker().carried()) {
      json.writeNumberField("start", quote.speaker().start());
      json.writeNumberField("end", quote.speaker().end());
    }
    json.writeBooleanField("carried", quote.speaker().carried());
    json.writeStringField("entity", quote.speaker().entity());
    json.writeEndObject();
    json.writeArrayFieldStart("chain");
    for (ChainLink link : quote.chain()) {
      json.writeStartObject();
      json.writeStringField("name", link.name());
      json.writeStringField("entity", link.entity());
      json.writeStringField("role", link.role().name().toLowerCase(java.util.Locale.ROOT));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeTimex(JsonGenerator json, Timex timex) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", timex.id());
    json.writeStringField("article", timex.articleId());
    json.writeNumberField("start", timex.start());
    json.writeNumberField("end", timex.end());
    json.writeStringField("type", timex.type().name());
    json.writeStringField("value", timex.value());
    if (timex.mod() != null) {
      json.writeStringField("mod", timex.mod().name());
    }
    json.writeStringField("anchor", timex.anchor());
    if (timex.problem() != null) {
      json.writeStringField("problem", timex.problem());
    }
    json.writeEndObject();
  }

  private static void writeDropped(JsonGenerator json, Dropped dropped) throws IOException {
    json.writeStartObject();
    if (dropped.line() != null) {
      json.writeNumberField("line", dropped.line());
    }
    json.writeStringField("text", dropped.text());
    json.writeStringField("reason", dropped.reason().code());
    json.writeEndObject();
  }

  private static void writeProblems(JsonGenerator json, List<Problem> problems)
      throws IOException {
    json.writeArrayFieldStart("problems");
    for (Problem problem : problems) {
      json.writeStartObject();
      json.writeStringField("stage", problem.stage().name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("severity",
          problem.severity().name().toLowerCase(java.util.Locale.ROOT));
      json.writeStringField("code", problem.code().code());
      json.writeStringField("message", problem.message());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void writeArticle(JsonGenerator json, ContractParts.ArticleLine line)
      throws IOException {
    Article article = line.article();
    json.writeStartObject();
    json.writeStringField("id", article.id());
    json.writeStringField("document", article.documentId());
    json.writeStringField("title", article.title());
    json.writeStringField("text", article.text());
    json.writeStringField("outlet", article.outlet());
    json.writeStringField("author", article.author());
    json.writeStringField("dateline", article.dateline());
    json.writeStringField("credit", article.credit());
    json.writeArrayFieldStart("tags");
    for (String tag : article.tags()) {
      json.writeString(tag);
    }
    json.writeEndArray();
    json.writeStringField("language", article.language());
    json.writeStringField("url", article.url());
    writePublished(json, article.published());
    json.writeStringField("duplicateOf", line.duplicateOf());
    json.writeStringField("story", line.story());
    writeSegments(json, article.segments());
    json.writeEndObject();
  }

  private static void writePublished(JsonGenerator json, Published published)
      throws IOException {
    json.writeObjectFieldStart("published");
    json.writeStringField("value", published.value());
    json.writeStringField("earliest", published.earliest());
    json.writeStringField("latest", published.latest());
    json.writeStringField("basis", published.basis().json());
    json.writeStringField("evidence", published.evidence());
    json.writeEndObject();
  }

  private static void writeSegments(JsonGenerator json, List<Segment> segments)
      throws IOException {
    json.writeArrayFieldStart("segments");
    for (Segment segment : segments) {
      json.writeStartArray();
      json.writeNumber(segment.start());
      json.writeNumber(segment.end());
      json.writeNumber(segment.sourceStart());
      json.writeNumber(segment.sourceEnd());
      json.writeEndArray();
    }
    json.writeEndArray();
  }
}
