package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.isnad.model.ProblemCode;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.isnad.model.Skipped;

/**
 * Reads inputs (files, directories, archives, standard input) into {@link Document}s.
 *
 * <p>Every input shows up: a file that cannot be read becomes a failed document, an exact
 * duplicate becomes a document with {@code duplicateOf} set (a failing input stays failed even
 * when it repeats an earlier one), and a path met but not read (hidden, not a regular file,
 * dangling link, symlink loop, unreadable directory, an archive without a page) becomes a
 * {@link Skipped} entry with its reason (see {@link InputWalk}). Nothing is read beyond the
 * per-page cap, compressed or not, and FIFOs, sockets and devices are never opened, so no input
 * can exhaust memory or block the run. Only caller mistakes throw: a path that is empty or does
 * not exist is an {@link IllegalArgumentException} naming the path.
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
    this(StandardInput.open(), DEFAULT_MAX_BYTES);
  }

  /** An ingestor reading {@code -} from {@code stdin} and refusing pages above {@code maxBytes}. */
  public Ingestor(InputStream stdin, long maxBytes) {
    this.stdin = Objects.requireNonNull(stdin, "stdin");
    if (maxBytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    this.maxBytes = maxBytes;
  }

  /**
   * Reads all inputs in order, handing each document to {@code sink} as soon as it is read.
   * Paths met but not read are not reported; use {@link #ingest(List, Consumer, Consumer)} to
   * see them.
   */
  public void ingest(List<String> inputs, Consumer<Document> sink) {
    ingest(inputs, sink, skipped -> { });
  }

  /**
   * Reads all inputs in order, handing each document to {@code sink} as soon as it is read and
   * each path met but not read (hidden, not a regular file, dangling link, loop, unreadable
   * directory…) to {@code skipped}, so every path ends up in one or the other.
   *
   * @throws IllegalArgumentException when an input is null, empty or blank, or does not exist
   */
  public void ingest(List<String> inputs, Consumer<Document> sink, Consumer<Skipped> skipped) {
    if (inputs == null || inputs.stream().anyMatch(java.util.Objects::isNull)) {
      throw new IllegalArgumentException("inputs must not be or contain null: " + inputs);
    }
    for (String input : inputs) {
      check(input);
    }
    for (String input : inputs) {
      if (input.equals("-")) {
        readStdin(sink);
      } else {
        InputWalk.Found found = new InputWalk().walk(Path.of(input));
        found.skipped().forEach(skipped);
        found.files().forEach(path -> readFile(path, sink, skipped));
      }
    }
  }

  /**
   * For a run read in pieces (the Spark job reads each file on its own ingestor): the document
   * {@code read}, made as the first reading of its bytes, as it is when an earlier document of
   * the run, {@code firstId} read from {@code firstSource}, had the same bytes; the one a single
   * ingestor reading both gives (a duplicate processed once, or a failed copy of unusable bytes).
   *
   * @throws IllegalArgumentException when {@code read} is already a copy
   */
  public static Document sameBytesAs(Document read, String firstId, String firstSource) {
    if (!firstOfItsBytes(read)) {
      throw new IllegalArgumentException("not the first reading of its bytes: " + read.id());
    }
    return DocumentFactory.copyOf(read, firstId, firstSource);
  }

  /**
   * True when {@code document} was made as the first reading of its bytes by its ingestor (not a
   * duplicate or failed copy, nor an unreadable input): one that {@link #sameBytesAs} applies to.
   */
  public static boolean firstOfItsBytes(Document document) {
    return DocumentFactory.firstOfItsBytes(document);
  }

  /** A caller mistake in one input path is an exception naming it. */
  private static void check(String input) {
    if (input.isBlank()) {
      throw new IllegalArgumentException("empty input path: '" + input
          + "' (use . for the current directory, - for standard input)");
    }
    if (input.equals("-")) {
      return;
    }
    Path path;
    try {
      path = Path.of(input);
    } catch (java.nio.file.InvalidPathException e) {
      throw new IllegalArgumentException("invalid input path: " + input + " (" + e.getReason()
          + ")");
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("no such file or directory: " + input);
    }
  }

  private void readFile(Path file, Consumer<Document> sink, Consumer<Skipped> skipped) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    try {
      if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
        new WarcInput(factory, maxBytes).read(file, sink, skipped);
      } else if (name.endsWith(".jsonl")) {
        try (InputStream in = Files.newInputStream(file)) {
          new JsonlInput(factory, maxBytes).read(file.toString(), in, sink);
        }
      } else {
        byte[] bytes = readCapped(file);
        sink.accept(bytes == null ? factory.unreadable(file.toString(), ProblemCode.TOO_LARGE,
            "larger than " + maxBytes + " bytes: " + file)
            : factory.create(file.toString(), bytes, formatOf(name), null, SourceHints.none()));
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(factory.unreadable(file.toString(), ProblemCode.UNREADABLE, "cannot read " + file + ": " + e));
    }
  }

  /**
   * The file's bytes, or {@code null} when it holds more than {@code maxBytes}: never more than
   * that is read, even from a file that grows while it is read.
   */
  private byte[] readCapped(Path file) throws IOException {
    if (Files.size(file) > maxBytes) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      return bytes.length > maxBytes ? null : bytes;
    }
  }

  private void readStdin(Consumer<Document> sink) {
    byte[] bytes;
    try {
      bytes = stdin.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
    } catch (IOException e) {
      sink.accept(factory.unreadable("-", ProblemCode.UNREADABLE, "cannot read standard input: "
          + InputWalk.why(e)));
      return;
    }
    if (bytes.length > maxBytes) {
      sink.accept(factory.unreadable("-", ProblemCode.TOO_LARGE, "standard input is larger than "
          + maxBytes + " bytes; not read further"));
    } else if (bytes.length == 0) {
      sink.accept(factory.unreadable("-", ProblemCode.EMPTY, "standard input is empty (0 bytes)"));
    } else {
      sink.accept(factory.create("-", bytes, null, null, SourceHints.none()));
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
