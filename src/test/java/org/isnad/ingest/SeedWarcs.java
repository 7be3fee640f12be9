package org.isnad.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Web archives written at test time from the sample pages of {@code samples/seeds}, with the same
 * pages as plain files beside them, so a test can read both and compare (no WARC is committed).
 *
 * <p>Each seed becomes a page: the first four as HTML (the text's paragraphs in {@code <p>}
 * elements, its first line as the title), the last as the text itself. Into {@code pages/} go the
 * plain files; into {@code warc/} two archives of the same bodies:
 * <ul>
 *   <li>{@code seeds-a.warc} (uncompressed): the first three pages as {@code response} records,
 *       the second sent with {@code Transfer-Encoding: chunked}, then a {@code revisit} record of
 *       the first (identical payload digest: no body, so no document);
 *   <li>{@code seeds-b.warc.gz} (gzip, a member a record): the other two, the last as
 *       {@code text/plain}.
 * </ul>
 * Used by the root's {@code SeedWarcsTest} and by the Spark module's tests (through the test jar).
 */
public final class SeedWarcs {
  /** The capture date of every record: fixed, so the archives are the same in every run. */
  public static final Instant CAPTURED = Instant.parse("2024-12-09T06:00:00Z");
  private static final int CHUNK = 1000;

  /** Where the pages and archives went. */
  public record Written(Path pages, Path warcs) {}

  private SeedWarcs() {}

  /** Writes the pages and archives under {@code dir} from the seeds in {@code seeds}. */
  public static Written write(Path seeds, Path dir) throws IOException {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    Path warcs = Files.createDirectories(dir.resolve("warc"));
    List<Page> all = pages(seeds);
    for (Page page : all) {
      Files.write(pages.resolve(page.name()), page.body());
    }
    try (WarcWriter a = writer(warcs.resolve("seeds-a.warc"), WarcCompression.NONE)) {
      WarcResponse first = response(all.get(0), false);
      a.write(first);
      a.write(response(all.get(1), true));
      a.write(response(all.get(2), false));
      a.write(revisit(all.get(0), first.id()));
    }
    try (WarcWriter b = writer(warcs.resolve("seeds-b.warc.gz"), WarcCompression.GZIP)) {
      for (Page page : all.subList(3, all.size())) {
        b.write(response(page, false));
      }
    }
    return new Written(pages, warcs);
  }

  /** One page as served: file name, media type, bytes. */
  private record Page(String name, String type, byte[] body) {
    URI uri() {
      return URI.create("https://archive.example/seeds/" + name);
    }
  }

  private static List<Page> pages(Path seeds) throws IOException {
    List<Path> files;
    try (Stream<Path> list = Files.list(seeds)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.size() < 5) {
      throw new IllegalArgumentException("five seed pages expected in " + seeds + ": " + files);
    }
    List<Page> pages = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
      String stem = String.format("%03d", i);
      pages.add(i < files.size() - 1
          ? new Page(stem + ".html", "text/html; charset=utf-8",
              html(text).getBytes(StandardCharsets.UTF_8))
          : new Page(stem + ".txt", "text/plain; charset=utf-8",
              text.getBytes(StandardCharsets.UTF_8)));
    }
    return pages;
  }

  /** The text as a page: its first line the title, each paragraph a {@code <p>}. */
  static String html(String text) {
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head>"
        + "<meta charset=\"utf-8\"><title>");
    List<String> paragraphs = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    page.append(escaped(paragraphs.isEmpty() ? "" : paragraphs.get(0)))
        .append("</title></head>\n<body><article>\n");
    for (String p : paragraphs) {
      page.append("<p>").append(escaped(p)).append("</p>\n");
    }
    return page.append("</article></body></html>\n").toString();
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static WarcWriter writer(Path file, WarcCompression compression) throws IOException {
    return new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), compression);
  }

  private static WarcResponse response(Page page, boolean chunked) throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", page.type());
    if (chunked) {
      http.addHeader("Transfer-Encoding", "chunked")
          .body(MediaType.parse(page.type()), chunked(page.body()));
    } else {
      http.body(MediaType.parse(page.type()), page.body());
    }
    return new WarcResponse.Builder(page.uri()).date(CAPTURED).body(http.build()).build();
  }

  /** The HTTP/1.1 chunked transfer coding of {@code body}: hex size, CRLF, bytes, CRLF; 0 ends. */
  static byte[] chunked(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int from = 0; from < body.length; from += CHUNK) {
      int length = Math.min(CHUNK, body.length - from);
      out.writeBytes((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, from, length);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }

  /** A later capture of {@code page} with the same payload: headers only, as crawlers write. */
  private static WarcRevisit revisit(Page page, URI original) throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK")
        .addHeader("Content-Type", page.type()).build();
    return new WarcRevisit.Builder(page.uri(), WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1)
        .date(CAPTURED.plusSeconds(86_400))
        .refersTo(original, page.uri(), CAPTURED)
        .body(http)
        .build();
  }
}
