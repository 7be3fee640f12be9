package org.isnad.extract;

import org.isnad.ingest.Ingestor;

/**
 * The longest article isnad analyses, in one place. The annotators are near-linear in an
 * article's length, but one article is analysed on one thread and its annotations are held in
 * memory: about 6 s of CPU and 250 MB of heap per MB of Arabic text on the reference machine (2
 * cores, {@code -Xmx2g}). An article longer than {@link #MAX_CHARS} is therefore not analysed: its
 * document records an {@code article-too-long} problem naming the length and the limit, and the
 * batch goes on.
 *
 * <p>The limit follows from the ingest cap ({@link Ingestor#DEFAULT_MAX_BYTES}, 64 MiB per page):
 * a sixteenth of it in UTF-16 characters, 4 Mi characters, about 8 MB of Arabic text (two bytes
 * a letter in UTF-8). A page the ingest cap lets through can hold a longer article; a page of
 * several articles (JSONL, WARC, a text file with many stories) keeps those within the limit.
 */
public final class ArticleSize {
  /** The most UTF-16 characters of one article's text. */
  public static final int MAX_CHARS = (int) (Ingestor.DEFAULT_MAX_BYTES / 16);

  private ArticleSize() {}
}
