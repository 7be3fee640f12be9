package org.isnad.bench.jmh;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.isnad.annotate.entity.EntityAnnotator;
import org.isnad.annotate.event.EventAnnotator;
import org.isnad.annotate.ner.PerceptronTagger;
import org.isnad.annotate.time.TimeAnnotator;
import org.isnad.model.Article;
import org.isnad.model.Published;
import org.isnad.model.Timex;
import org.isnad.text.ArabicNormalizer;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.ArticleContext;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * isnad's hot paths and Lucene's ArabicAnalyzer over the same texts ({@link Corpus}), one
 * operation = one pass over all of them on one thread, so the scores of a run compare directly
 * (articles/s = texts / seconds per operation). The Lucene pass reads every token of
 * ArabicAnalyzer (standard tokeniser, stop words, normalisation, light stemming): the cheapest
 * useful reading of Arabic text, the yardstick the issue asks for.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class HotPaths {
  private List<String> texts;
  private List<Article> articles;
  private List<List<List<String>>> words;
  private ArabicAnalyzer lucene;
  private EntityAnnotator entities;
  private PerceptronTagger tagger;
  /** Each article read once (tokens computed) with its time expressions: the event stage's input. */
  private List<ArticleContext> contexts;
  private List<List<Timex>> timexes;

  @Setup(Level.Trial)
  public void load() throws IOException {
    texts = Corpus.texts();
    articles = new ArrayList<>();
    words = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      articles.add(new Article("a" + i, "d" + i, null, text, null, null, null, null, List.of(),
          "ar", null, Published.unknown(), List.of()));
      words.add(sentencesOfWords(text));
    }
    contexts = new ArrayList<>();
    timexes = new ArrayList<>();
    for (Article article : articles) {
      ArticleContext context = ArticleContext.of(article);
      context.sentenceTokens();
      contexts.add(context);
      timexes.add(TimeAnnotator.standard().annotate(context).timexes());
    }
    lucene = new ArabicAnalyzer();
    tagger = PerceptronTagger.bundled();
    entities = new EntityAnnotator(tagger);
    System.out.println("\n[isnad-jmh] texts: " + texts.size() + ", characters: "
        + texts.stream().mapToLong(String::length).sum());
  }

  @TearDown(Level.Trial)
  public void close() {
    lucene.close();
  }

  /** Lines split at sentence punctuation, then at white space: the tagger's input. */
  private static List<List<String>> sentencesOfWords(String text) {
    List<List<String>> sentences = new ArrayList<>();
    for (String s : text.split("[.!؟?\\n]+")) {
      List<String> w = List.of(s.trim().split("\\s+"));
      if (!s.isBlank()) {
        sentences.add(w);
      }
    }
    return sentences;
  }

  @Benchmark
  public long luceneArabicAnalyzer() throws IOException {
    long tokens = 0;
    for (String text : texts) {
      try (TokenStream stream = lucene.tokenStream("body", new StringReader(text))) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          tokens += term.length();
        }
        stream.end();
      }
    }
    return tokens;
  }

  @Benchmark
  public void normaliser(Blackhole out) {
    ArabicNormalizer normalizer = ArabicNormalizer.standard();
    for (String text : texts) {
      out.consume(normalizer.normalize(text));
    }
  }

  @Benchmark
  public void tokeniser(Blackhole out) {
    ArabicTokenizer tokenizer = ArabicTokenizer.standard();
    for (String text : texts) {
      out.consume(tokenizer.tokenize(text));
    }
  }

  @Benchmark
  public void timeAnnotator(Blackhole out) {
    TimeAnnotator time = TimeAnnotator.standard();
    for (Article article : articles) {
      out.consume(time.annotate(article));
    }
  }

  @Benchmark
  public void nameTagger(Blackhole out) {
    for (List<List<String>> sentences : words) {
      out.consume(tagger.tagAll(sentences));
    }
  }

  @Benchmark
  public void entityStage(Blackhole out) {
    for (Article article : articles) {
      out.consume(entities.annotate(article));
    }
  }

  /**
   * The text layer of one article read once ({@link ArticleContext}): the normalised text with
   * its alignment, both sentence views and the tokens of every sentence.
   */
  @Benchmark
  public void textLayer(Blackhole out) {
    for (Article article : articles) {
      ArticleContext context = ArticleContext.of(article);
      out.consume(context.aligned());
      out.consume(context.normalizedSentences());
      out.consume(context.sentenceTokens());
    }
  }

  /**
   * The event annotator alone, on articles already read (tokens and time expressions computed in
   * the setup), with no names or statements.
   */
  @Benchmark
  public void eventAnnotator(Blackhole out) {
    EventAnnotator events = EventAnnotator.standard();
    for (int i = 0; i < contexts.size(); i++) {
      out.consume(events.annotate(contexts.get(i), timexes.get(i), List.of(), List.of()));
    }
  }
}
