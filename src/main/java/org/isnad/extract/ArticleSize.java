package org.isnad.extract;

import org.isnad.ingest.Ingestor;

/**
 * The longest article isnad analyses, in one place. The annotators are near-linear in an
 * article's length (a 20 MB single-paragraph article: 42 s and 1.7 GB on the reference machine,
 * 2 shared cores, {@code -Xmx2g}), but one article is analysed on one thread and all its
 * annotations are held in memory, so a longer one would outgrow the default heap and take the
 * whole batch down with it. An article longer than {@link #MAX_CHARS} is therefore not analysed:
 * its document records an {@code article-too-long} problem naming the length and the limit, and
 * the batch goes on.
 *
 * <p>The limit follows from the ingest cap ({@link Ingestor#DEFAULT_MAX_BYTES}, 64 MiB per page):
 * three sixteenths of it in UTF-16 characters, 12 Mi characters, about 21 MB of Arabic text (two
 * bytes a letter in UTF-8, one a space). A page the ingest cap lets through can hold a longer
 * article; a page of several articles (JSONL, WARC, a text file of many stories) keeps those
 * within the limit.
 */
public final class ArticleSize {
  /** The most UTF-16 characters of one article's text. */
  public static final int MAX_CHARS = (int) (Ingestor.DEFAULT_MAX_BYTES * 3 / 16);

  private ArticleSize() {}
}
