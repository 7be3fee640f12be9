package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;

/**
 * Reads inputs (files, directories, archives, standard input) into {@link Document}s.
 *
 * <p>Every input shows up: a file that cannot be read becomes a failed document, an exact
 * duplicate becomes a document with {@code duplicateOf} set. Only caller mistakes throw: a path
 * that does not exist is an {@link IllegalArgumentException} naming the path.
 *
 * <p>Not thread safe; use one instance per run.
 */
public final class Ingestor {
  /** Pages above this size are reported, not read. */
  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  private final DocumentFactory factory = new DocumentFactory();
  private final InputStream stdin;
  private final long maxBytes;

  public Ingestor() {
    this(System.in, DEFAULT_MAX_BYTES);
  }

  /** An ingestor reading {@code -} from {@code stdin} and refusing pages above {@code maxBytes}. */
  public Ingestor(InputStream stdin, long maxBytes) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /** Reads all inputs in order, handing each document to {@code sink} as soon as it is read. */
  public void ingest(List<String> inputs, Consumer<Document> sink) {
    if (inputs == null || inputs.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("inputs must not be or contain null: " + inputs);
    }
    List<Path> paths = new ArrayList<>();
    for (String input : inputs) {
      if (!input.equals("-") && !Files.exists(Path.of(input))) {
        throw new IllegalArgumentException("no such file or directory: " + input);
      }
    }
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(sink);
      } else {
        paths.clear();
        collect(Path.of(input), paths);
        paths.forEach(path -> readFile(path, sink));
      }
    }
  }

  private static void collect(Path path, List<Path> out) {
    if (!Files.isDirectory(path)) {
      out.add(path);
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.filter(Files::isRegularFile).filter(p -> !isHidden(p, path)).sorted().forEach(out::add);
    } catch (IOException e) {
      out.add(path);
    }
  }

  private static boolean isHidden(Path file, Path root) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(Path file, Consumer<Document> sink) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        new WarcInput(factory, maxBytes).read(file, sink);
      } else if (name.endsWith(".jsonl")) {
        try (InputStream in = Files.newInputStream(file)) {
          new JsonlInput(factory).read(file.toString(), in, sink);
        }
      } else if (Files.size(file) > maxBytes) {
        sink.accept(factory.unreadable(file.toString(), "too-large",
            "larger than " + maxBytes + " bytes (" + Files.size(file) + "): " + file));
      } else {
        sink.accept(factory.create(file.toString(), Files.readAllBytes(file), formatOf(name),
            null, SourceHints.none()));
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(factory.unreadable(file.toString(), "unreadable", "cannot read " + file + ": " + e));
    }
  }

  private void readStdin(Consumer<Document> sink) {
    try {
      byte[] bytes = stdin.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        sink.accept(factory.unreadable("-", "too-large", "standard input is larger than "
            + maxBytes + " bytes"));
        return;
      }
      sink.accept(factory.create("-", bytes, null, null, SourceHints.none()));
    } catch (IOException e) {
      sink.accept(factory.unreadable("-", "unreadable", "cannot read standard input: " + e));
    }
  }

  /** The format an extension implies, or {@code null} to sniff the content. */
  private static Format formatOf(String name) {
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return Format.HTML;
    }
    return name.endsWith(".txt") ? Format.TEXT : null;
  }
}
