package org.isnad.eval.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.isnad.annotate.ner.ConllFile;
import org.isnad.annotate.ner.TaggedSentence;

/**
 * Reads a CoNLL-style NER file, one {@code word TAG} a line (ANERcorp). A sentence ends at a blank
 * line or after a run of "." tokens (the CAMeL Lab split's rule); the reading is
 * {@link ConllFile}'s, which training shares.
 */
public final class ConllCorpus {
  private ConllCorpus() {}

  public static List<TaggedSentence> read(Path file) throws IOException {
    return ConllFile.read(file);
  }
}
