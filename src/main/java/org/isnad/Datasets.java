package org.isnad;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.isnad.extract.UrlDate;
import org.isnad.extract.UrlOutlet;
import org.isnad.ingest.BalyReader;
import org.isnad.ingest.SaudiNewsNetReader;
import org.isnad.model.Document;
import org.isnad.text.ArabicNormalizer;

/**
 * The engine's door for evaluations and benchmarks that read research datasets (SaudiNewsNet,
 * Baly et al. 2018) and compare what they find with what the engine reads (normalised names, a
 * URL's day and outlet): the same readers and rules a run uses, so a score measures the engine,
 * not a copy of it. Stateless and thread safe, except {@link ClaimFiles} (one thread).
 */
public final class Datasets {
  private Datasets() {}

  /**
   * Reads at most {@code limit} articles of the SaudiNewsNet dataset folder (its zips, one day
   * each) as documents, in the dataset's order (benchmarks, evaluation). Returns how many.
   */
  public static long readSaudiNewsNet(Path dataset, long limit, Consumer<Document> sink) {
    return new SaudiNewsNetReader().read(dataset, limit, sink);
  }

  /** A name compared after normalisation (evaluation): the standard normaliser's text. */
  public static String normalized(String text) {
    return ArabicNormalizer.standard().normalizeToString(text);
  }

  /** The day a news URL's path states, if any (evaluation: the audit). */
  public static Optional<LocalDate> urlDay(String url) {
    return UrlDate.of(url);
  }

  /** The outlet a URL's site stands for, if known (evaluation: the audit). */
  public static Optional<String> urlOutlet(String url) {
    return UrlOutlet.of(url);
  }

  /** Whether {@code dataset} holds Baly et al. (2018) claim files rather than SaudiNewsNet zips. */
  public static boolean isClaimFolder(Path dataset) throws IOException {
    return BalyReader.isClaimFolder(dataset);
  }

  /**
   * One SaudiNewsNet article's fields as the document a run reads (evaluation): the title, a
   * blank line, then the content; the url, title, day and source as hints.
   */
  public static Document saudiNewsNetDocument(String source, Map<String, String> fields) {
    return new SaudiNewsNetReader().document(source, fields);
  }

  /** The claim files of Baly et al. (2018) in {@code dataset}, read as a run reads them. */
  public static ClaimFiles claimFiles(Path dataset) {
    return new ClaimFiles(dataset);
  }

  /**
   * Articles of Baly et al. (2018) claim files (evaluation): {@code file} a claim file of the
   * dataset, {@code index} the article in its {@code article} array. Each file is parsed once.
   * Not thread safe.
   */
  public static final class ClaimFiles {
    private final BalyReader reader = new BalyReader();
    private final Path dataset;

    private ClaimFiles(Path dataset) {
      this.dataset = dataset;
    }

    /**
     * The raw text of the article.
     *
     * @throws IllegalArgumentException when the file or the article is missing
     */
    public String text(String file, int index) throws IOException {
      return reader.article(dataset, file, index).text();
    }

    /** The article's url, or {@code null}; throws as {@link #text} does. */
    public String url(String file, int index) throws IOException {
      return reader.article(dataset, file, index).url();
    }

    /** The article as the text document named {@code source} a run reads, its url a hint. */
    public Document document(String source, String file, int index) throws IOException {
      return reader.document(source, reader.article(dataset, file, index));
    }
  }
}
