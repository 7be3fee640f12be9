package org.isnad.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.Datasets;

/**
 * Gold sentences read back from Baly et al. (2018) claim files: {@code file} is the claim JSON
 * ({@code R-10.json}), {@code index} the position in its {@code article} array, offsets are code
 * points into that raw article text. Each claim file is parsed once.
 */
public final class BalySentences implements GoldCorpus {
  private final Datasets.ClaimFiles claims;

  /** @throws IllegalArgumentException when {@code dataset} is not a directory */
  public BalySentences(Path dataset) {
    if (!Files.isDirectory(dataset)) {
      throw new IllegalArgumentException("baly2018 dataset folder not found: " + dataset);
    }
    this.claims = Datasets.claimFiles(dataset);
  }

  @Override
  public String span(String sid, String file, int index, int start, int end) throws IOException {
    try {
      return GoldCorpus.cut(sid, claims.text(file, index), start, end);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(sid + ": " + e.getMessage(), e);
    }
  }

  /** The url of the index-th article of {@code file}, or {@code null}. */
  public String url(String file, int index) throws IOException {
    return claims.url(file, index);
  }
}
