package org.isnad;

import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.check.AnalysisCorpus;
import org.isnad.check.ClaimChecker;
import org.isnad.check.StanceJudge;
import org.isnad.check.StoreCorpus;
import org.isnad.model.Analysis;

/**
 * The engine's door for {@code isnad check} and {@code POST /api/v1/check}: the stance judge
 * {@code isnad train stance} built, and claim checkers over an analysis or a store. Stateless.
 */
public final class Checking {
  /** Where {@code isnad train stance} writes the model unless told otherwise. */
  public static final String DEFAULT_MODEL = "models/stance.model";

  private Checking() {}

  /**
   * The judge in {@code model}.
   *
   * @throws IllegalArgumentException when the model is missing or unreadable, naming the file
   *     and the command that builds it
   */
  public static StanceJudge judge(Path model) {
    if (!Files.isRegularFile(model)) {
      throw new IllegalArgumentException("no stance model at " + model
          + ": build it with ./isnad train stance (or give --stance-model FILE)");
    }
    try {
      return StanceJudge.trained(model);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot read the stance model " + model + " ("
          + e.getMessage() + "): rebuild it with ./isnad train stance", e);
    }
  }

  /** A checker over {@code analysis} judging at most {@code cap} candidates a claim. */
  public static ClaimChecker over(Analysis analysis, StanceJudge judge, int cap) {
    return new ClaimChecker(judge, new AnalysisCorpus(analysis), cap);
  }

  /**
   * The store in folder {@code dir}, opened for checking (close it after).
   *
   * @throws IllegalArgumentException when {@code dir} holds no store or no search index
   */
  public static StoreCorpus store(Path dir) {
    return StoreCorpus.open(dir);
  }
}
