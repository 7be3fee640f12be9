package org.isnad.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.isnad.model.Skipped;

/**
 * The files behind the job's inputs (Hadoop paths or globs; a directory is read recursively),
 * listed on the driver: names only, never contents. As {@code isnad analyze} does, the inputs
 * are taken in sorted order and a directory's files in sorted order, hidden names (a leading dot)
 * are skipped and listed, and so are Spark's and Hadoop's markers (a leading underscore).
 *
 * <p>A local input keeps the spelling the user gave it ({@code samples/seeds/000.txt}), so the
 * documents' sources are the ones {@code isnad analyze} gives.
 */
final class InputFiles {
  /** The files to read, in reading order, and the paths met but not read. */
  record Listing(List<InputFile> files, List<Skipped> skipped) {}

  private InputFiles() {}

  /**
   * Lists the inputs.
   *
   * @throws IllegalArgumentException when the list is empty or an input matches nothing
   */
  static Listing list(List<String> inputs, Configuration conf) {
    if (inputs == null || inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given: " + inputs);
    }
    TreeMap<String, String> files = new TreeMap<>();  // source -> URI, sorted by source
    List<Skipped> skipped = new ArrayList<>();
    for (String input : inputs.stream().sorted().toList()) {
      try {
        add(input, conf, files, skipped);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + input, e);
      }
    }
    List<InputFile> listed = new ArrayList<>();
    files.forEach((source, uri) -> listed.add(new InputFile(listed.size(), uri, source)));
    return new Listing(listed, skipped);
  }

  private static void add(String input, Configuration conf, TreeMap<String, String> files,
      List<Skipped> skipped) throws IOException {
    Path pattern = new Path(input);
    FileSystem fs = pattern.getFileSystem(conf);
    FileStatus[] matched = fs.globStatus(pattern);
    if (matched == null || matched.length == 0) {
      throw new IllegalArgumentException("input does not exist: " + input);
    }
    boolean literal = matched.length == 1 && !hasGlob(input);
    for (FileStatus status : sorted(matched)) {
      String base = literal && isLocal(fs) ? input : status.getPath().toString();
      if (status.isDirectory()) {
        addTree(fs, status.getPath(), base, files, skipped);
      } else {
        files.put(base, status.getPath().toUri().toString());
      }
    }
  }

  private static void addTree(FileSystem fs, Path dir, String base, TreeMap<String, String> files,
      List<Skipped> skipped) throws IOException {
    URI root = dir.toUri();
    RemoteIterator<LocatedFileStatus> found = fs.listFiles(dir, true);
    while (found.hasNext()) {
      LocatedFileStatus file = found.next();
      String relative = root.relativize(file.getPath().toUri()).getPath();
      String source = base.endsWith("/") ? base + relative : base + "/" + relative;
      if (hidden(relative)) {
        skipped.add(new Skipped(source, "hidden", "a hidden file or directory is not read"));
      } else {
        files.put(source, file.getPath().toUri().toString());
      }
    }
  }

  /** True when a part of the relative path starts with a dot or an underscore. */
  static boolean hidden(String relative) {
    for (String part : relative.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasGlob(String input) {
    return input.chars().anyMatch(c -> "*?[]{}".indexOf(c) >= 0);
  }

  private static boolean isLocal(FileSystem fs) {
    return "file".equals(fs.getUri().getScheme());
  }

  private static List<FileStatus> sorted(FileStatus[] statuses) {
    List<FileStatus> list = new ArrayList<>(List.of(statuses));
    list.sort(Comparator.comparing(s -> s.getPath().toString()));
    return list;
  }
}
