package org.isnad.annotate.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CoNLL-style NER file, one {@code word TAG} a line (ANERcorp). A sentence ends at a blank
 * line or after a run of "." tokens (the CAMeL Lab split's rule). Training reads its data with
 * it; evaluation reads the test split with it (through {@code org.isnad.Training}).
 */
public final class ConllFile {
  private ConllFile() {}

  /**
   * The sentences of {@code file}.
   *
   * @throws IllegalArgumentException when it is not a file
   * @throws IOException on a line that is not {@code word TAG}
   */
  public static List<TaggedSentence> read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("not a file: " + file);
    }
    List<TaggedSentence> sentences = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      String trimmed = line.strip();
      boolean afterStops = !words.isEmpty() && words.get(words.size() - 1).equals(".");
      if (trimmed.isEmpty() || (afterStops && !trimmed.startsWith(". "))) {
        flush(sentences, words, labels);
      }
      if (trimmed.isEmpty()) {
        continue;
      }
      int space = trimmed.lastIndexOf(' ');
      if (space <= 0) {
        throw new IOException(file + ":" + number + ": expected 'word TAG': " + line);
      }
      words.add(trimmed.substring(0, space).strip());
      labels.add(trimmed.substring(space + 1));
    }
    flush(sentences, words, labels);
    return sentences;
  }

  private static void flush(List<TaggedSentence> sentences, List<String> words,
      List<String> labels) {
    if (!words.isEmpty()) {
      sentences.add(new TaggedSentence(words, labels));
      words.clear();
      labels.clear();
    }
  }
}
