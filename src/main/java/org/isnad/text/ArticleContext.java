package org.isnad.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.isnad.model.Article;

/**
 * One article read once for every annotator: its text normalised with the alignment back to the
 * original ({@link ArabicNormalizer#standard()}), the code point map of the text, its sentences
 * ({@link SentenceSplitter#standard()}) split on the original text and on the normalised text, and
 * the tokens of each original sentence ({@link ArabicTokenizer#standard()}).
 *
 * <p>Two sentence views, because the annotators split different strings and their results depend
 * on it: the time and event annotators split the original text, the entity and quote annotators
 * the normalised text (normalisation changes characters the splitter reads, so the two views may
 * differ). Each value is computed the first time it is asked for and then kept, so no annotator
 * pays for what only another uses, and none is computed twice. Immutable and thread safe: two
 * threads asking at once may both compute a value, and both get an equal one.
 */
public final class ArticleContext {
  private final Article article;
  private final Layer layer;

  private ArticleContext(Article article, Layer layer) {
    this.article = article;
    this.layer = layer;
  }

  /**
   * The context of {@code article}; nothing is computed yet.
   *
   * @throws NullPointerException if {@code article} is null
   */
  public static ArticleContext of(Article article) {
    Objects.requireNonNull(article, "article");
    return new ArticleContext(article, new Layer(article.text()));
  }

  /**
   * The same text with another record of it (an inferred publication date): the values computed
   * so far, and those computed later by either, are shared.
   *
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if its text is not this text
   */
  public ArticleContext withArticle(Article other) {
    if (!other.text().equals(layer.text)) {
      throw new IllegalArgumentException("the article must have the same text");
    }
    return new ArticleContext(other, layer);
  }

  public Article article() {
    return article;
  }

  /** The article's text, as given. */
  public String text() {
    return layer.text;
  }

  /** The normalised text and its alignment to the original. */
  public AlignedText aligned() {
    return layer.aligned.get();
  }

  /** The normalised text. */
  public String normalized() {
    return aligned().normalized();
  }

  /** Code point offsets of the original text. */
  public CodePoints codePoints() {
    return layer.codePoints.get();
  }

  /** The sentences of the original text (UTF-16 offsets into {@link #text()}). */
  public List<Sentence> sentences() {
    return layer.sentences.get();
  }

  /** The sentences of the normalised text (UTF-16 offsets into {@link #normalized()}). */
  public List<Sentence> normalizedSentences() {
    return layer.normalizedSentences.get();
  }

  /**
   * The tokens of each of {@link #sentences()}, in the same order; a token's offsets are UTF-16
   * indices into its sentence.
   */
  public List<List<Token>> sentenceTokens() {
    return layer.sentenceTokens.get();
  }

  /** The values derived from the text alone, shared by the contexts of one text. */
  private static final class Layer {
    private final String text;
    private final Memo<AlignedText> aligned;
    private final Memo<CodePoints> codePoints;
    private final Memo<List<Sentence>> sentences;
    private final Memo<List<Sentence>> normalizedSentences;
    private final Memo<List<List<Token>>> sentenceTokens;

    Layer(String text) {
      this.text = Objects.requireNonNull(text, "text");
      this.aligned = new Memo<>(() -> ArabicNormalizer.standard().normalize(text));
      this.codePoints = new Memo<>(() -> CodePoints.of(text));
      this.sentences = new Memo<>(() -> Collections.unmodifiableList(
          SentenceSplitter.standard().split(text)));
      this.normalizedSentences = new Memo<>(() -> Collections.unmodifiableList(
          SentenceSplitter.standard().split(aligned.get().normalized())));
      this.sentenceTokens = new Memo<>(this::tokenized);
    }

    private List<List<Token>> tokenized() {
      List<Sentence> split = sentences.get();
      List<List<Token>> tokens = new ArrayList<>(split.size());
      for (Sentence sentence : split) {
        tokens.add(Collections.unmodifiableList(ArabicTokenizer.standard().tokenize(
            sentence.in(text))));
      }
      return Collections.unmodifiableList(tokens);
    }
  }

  /** A value computed on first use and kept (single-check: immutable values only). */
  private static final class Memo<T> {
    private final Supplier<T> compute;
    private volatile T value;

    Memo(Supplier<T> compute) {
      this.compute = compute;
    }

    T get() {
      T v = value;
      if (v == null) {
        v = compute.get();
        value = v;
      }
      return v;
    }
  }
}
