package org.isnad.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.isnad.ingest.Ingestor;
import org.isnad.model.Document;

/**
 * Reads one input file on an executor through the engine's own {@link Ingestor} (so WARC, JSONL,
 * HTML and text are read exactly as {@code isnad analyze} reads them: every HTML and text record
 * of an archive, revisits and other records skipped, exact copies within the file marked).
 *
 * <p>A local file is read where it is, under the name the user gave it. A file on another file
 * system (HDFS, S3…) is first copied to a local file whose path derives from its URI (the
 * ingestor reads local files), and its documents' sources are renamed to the URI.
 */
final class FileIngest {
  private FileIngest() {}

  /** Every document and skipped path of {@code file}, in reading order. */
  static List<Ingested> read(InputFile file, Configuration conf) {
    List<Ingested> rows = new ArrayList<>();
    URI uri = URI.create(file.uri());
    String local = "file".equals(uri.getScheme()) ? localName(file, uri) : copied(file, conf);
    new Ingestor().ingest(List.of(local),
        d -> rows.add(new Ingested(file.index(), rows.size(), false,
            ModelCodec.write(renamed(d, local, file.source())))),
        s -> rows.add(new Ingested(file.index(), rows.size(), true, ModelCodec.write(s))));
    return rows;
  }

  /** The user's spelling when it names this very file (as in the driver's directory), else the path. */
  private static String localName(InputFile file, URI uri) {
    java.nio.file.Path path = java.nio.file.Path.of(uri);
    java.nio.file.Path given = java.nio.file.Path.of(file.source());
    return Files.exists(given) && given.toAbsolutePath().normalize().equals(path.normalize())
        ? file.source() : path.toString();
  }

  /** The file copied to a local path derived from its URI (the same on every run). */
  private static String copied(InputFile file, Configuration conf) {
    String name = new Path(file.uri()).getName();
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"),
        "isnad-spark", digest(file.uri()));
    java.nio.file.Path target = dir.resolve(name);
    try {
      Files.createDirectories(dir);
      Path remote = new Path(file.uri());
      FileSystem fs = remote.getFileSystem(conf);
      try (InputStream in = fs.open(remote)) {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy " + file.uri() + " to " + target, e);
    }
    return target.toString();
  }

  /** The document with {@code local} at the head of its source replaced by {@code source}. */
  private static Document renamed(Document d, String local, String source) {
    if (local.equals(source) || !d.source().startsWith(local)) {
      return d;
    }
    return new Document(d.id(), source + d.source().substring(local.length()), d.sha256(),
        d.format(), d.charset(), d.content(), d.hints(), d.duplicateOf(), d.problems());
  }

  private static String digest(String text) {
    try {
      byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
