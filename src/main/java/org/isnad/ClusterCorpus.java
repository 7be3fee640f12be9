package org.isnad;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.isnad.annotate.ner.ConllFile;
import org.isnad.annotate.ner.TaggedSentence;
import org.isnad.text.ArabicTokenizer;
import org.isnad.text.Token;

/**
 * The unlabelled sentences word classes are learnt from, read again on every pass: CoNLL
 * {@code word TAG} files (their words), SaudiNewsNet zips (JSON arrays with {@code content}),
 * JSONL ({@code text} or {@code content}) and plain text, one paragraph a line. A paragraph's
 * sentences are its tokens cut after '.', '!', '?' and '؟'.
 */
final class ClusterCorpus {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final List<Path> corpus;

  ClusterCorpus(List<Path> corpus) {
    this.corpus = List.copyOf(corpus);
  }

  /** Each sentence of every file, in file order. */
  void sentences(Consumer<List<String>> sink) {
    try {
      for (Path file : corpus) {
        String name = file.getFileName().toString();
        if (name.endsWith(".zip")) {
          zip(file, sink);
        } else if (name.endsWith(".jsonl")) {
          try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              if (!line.isBlank()) {
                JsonNode node = JSON.readTree(line);
                text(node.has("text") ? node.get("text").asText()
                    : node.path("content").asText(), sink);
              }
            }
          }
        } else if (conll(file)) {
          for (TaggedSentence s : ConllFile.read(file)) {
            sink.accept(s.words());
          }
        } else {
          try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
              text(line, sink);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean conll(Path file) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file)) {
      int seen = 0;
      for (String line = in.readLine(); line != null && seen < 50; line = in.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        seen++;
        if (!line.strip().matches("\\S+ (O|[BI]-[A-Za-z]+)")) {
          return false;
        }
      }
      return seen > 0;
    }
  }

  private static void zip(Path file, Consumer<List<String>> sink) throws IOException {
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (!e.getName().endsWith(".json")) {
          continue;
        }
        JsonNode articles = JSON.readTree(zip.readAllBytes());
        for (JsonNode a : articles) {
          for (String paragraph : a.path("content").asText().split("\n")) {
            text(paragraph, sink);
          }
        }
      }
    }
  }

  /** Sentences of a paragraph: its tokens, cut after '.', '!', '?' and '؟'. */
  private static void text(String paragraph, Consumer<List<String>> sink) {
    List<String> words = new ArrayList<>();
    for (Token t : ArabicTokenizer.standard().tokenize(paragraph)) {
      words.add(t.text());
      if (t.text().equals(".") || t.text().equals("؟") || t.text().equals("!")
          || t.text().equals("?")) {
        sink.accept(List.copyOf(words));
        words.clear();
      }
    }
    if (!words.isEmpty()) {
      sink.accept(words);
    }
  }
}
