package org.isnad.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.isnad.model.ProblemCode;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.isnad.model.Skipped;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a {@code .warc} or {@code .warc.gz} file: every HTML or plain-text {@code response} or
 * {@code resource} record becomes a document whose source is {@code file#record-id}, with the
 * target URI and the capture date as hints and the HTTP header's charset as declared charset.
 * Other records are skipped.
 *
 * <p>What it guarantees: a record body (after undoing any HTTP {@code Content-Encoding}) is read
 * as a stream and never beyond {@code maxBytes + 1} bytes, so a decompression bomb costs at most
 * that much memory and becomes a {@code too-large} document while the file goes on; a record
 * that cannot be decoded fails alone; a WARC or HTTP header is parsed within
 * {@link #MAX_HEADER_BYTES} of decompressed input, so an endless header line is a
 * {@code too-large} document, not an exhausted heap; a damaged archive yields every record read
 * before the damage, then one failed document for the file; an archive with no record is a failed
 * {@code empty} document, and one whose records are all of other kinds is a skipped path, so a
 * file never yields nothing.
 */
final class WarcInput {
  /** Bytes a WARC or HTTP header may take; real ones take a few kilobytes. */
  static final long MAX_HEADER_BYTES = 1L << 20;
  private static final int BUFFER = 1 << 16;
  private final DocumentFactory factory;
  private final long maxBytes;

  WarcInput(DocumentFactory factory, long maxBytes) {
    this.factory = factory;
    this.maxBytes = maxBytes;
  }

  void read(Path file, Consumer<Document> sink, Consumer<Skipped> skipped) {
    int[] counts = new int[2];  // records met, documents given
    Consumer<Document> counted = document -> {
      counts[1]++;
      sink.accept(document);
    };
    // jwarc warns of a record's faults (an invalid trailer) while it reads past that record,
    // so a record's documents wait until the next record is read, then carry its warnings
    RecordWarnings held = new RecordWarnings(counted);
    try (HeaderBudget channel = new HeaderBudget(Channels.newChannel(decompressed(file)));
        WarcReader reader = new WarcReader(channel)) {
      reader.onWarning(held::warn);
      for (WarcRecord record = next(reader, channel, null); record != null;
          record = next(reader, channel, record)) {
        held.release();
        counts[0]++;
        readRecord(file, record, held::hold, channel);
      }
      held.release();
    } catch (HeaderBudget.TooLong e) {
      held.release();
      counted.accept(factory.unreadable(file.toString(), ProblemCode.TOO_LARGE, e.getMessage()
          + "; the rest of the web archive is not read: " + file));
    } catch (IOException | RuntimeException e) {
      held.release();
      counted.accept(factory.unreadable(file.toString(), ProblemCode.TRUNCATED_ARCHIVE,
          "the web archive is damaged or truncated after the records already read: "
          + (e instanceof HeaderBudget.Damaged ? e.getCause() : e)));
    }
    if (counts[0] == 0 && counts[1] == 0) {
      sink.accept(factory.unreadable(file.toString(), ProblemCode.EMPTY,
          "the web archive holds no record: " + file));
    } else if (counts[1] == 0) {
      skipped.accept(new Skipped(file.toString(), "no-usable-record", "none of its " + counts[0]
          + " records is an HTML or plain-text response or resource"));
    }
  }

  /**
   * The file's bytes, gunzipped when they start with the gzip magic number (every member, in
   * order). Decompressing here rather than in jwarc lets {@link HeaderBudget} see the
   * decompressed bytes.
   */
  private static InputStream decompressed(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    in.mark(2);
    boolean gzip = in.read() == 0x1f && in.read() == 0x8b;
    in.reset();
    try {
      return gzip ? new GZIPInputStream(in, BUFFER) : in;
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** The record after {@code previous}, its header read within the header budget. */
  private static WarcRecord next(WarcReader reader, HeaderBudget channel, WarcRecord previous)
      throws IOException {
    if (previous != null) {
      previous.body().consume();
    }
    channel.limit(MAX_HEADER_BYTES);
    try {
      return reader.next().orElse(null);
    } finally {
      channel.unlimited();
    }
  }

  /** Reads one record; a damaged archive is thrown, anything else fails the record alone. */
  private void readRecord(Path file, WarcRecord record, Consumer<Document> sink,
      HeaderBudget channel) throws HeaderBudget.Damaged {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      return;
    }
    String source = file + "#" + record.id();
    WarcCaptureRecord capture = (WarcCaptureRecord) record;
    try {
      MediaType type;
      channel.limit(MAX_HEADER_BYTES);
      try {
        type = capture.payloadType();
      } finally {
        channel.unlimited();
      }
      Format format = formatOf(type);
      if (format != null) {
        sink.accept(document(source, capture, type, format));
      }
    } catch (HeaderBudget.Damaged e) {
      throw e;
    } catch (HeaderBudget.TooLong e) {
      sink.accept(factory.unreadable(source, ProblemCode.TOO_LARGE, "the HTTP header of " + source
          + " is too long: " + e.getMessage()));
    } catch (IOException | RuntimeException e) {
      sink.accept(factory.unreadable(source, ProblemCode.UNREADABLE_RECORD,
          "cannot decode the record " + source + ": " + e));
    }
  }

  private Document document(String source, WarcCaptureRecord capture, MediaType type,
      Format format) throws IOException {
    byte[] body = payload(capture);
    if (body.length > maxBytes) {
      return factory.unreadable(source, ProblemCode.TOO_LARGE, "record larger than " + maxBytes
          + " bytes once decoded; not read further: " + source);
    }
    String charset = type.parameters().get("charset");
    SourceHints hints = new SourceHints(capture.target(), null, capture.date().toString(), null);
    return factory.create(source, body, format, charset, hints);
  }

  /** The decoded body, read as a stream and never beyond {@code maxBytes + 1} bytes. */
  private byte[] payload(WarcCaptureRecord capture) throws IOException {
    int limit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
    if (capture instanceof WarcResponse response) {
      List<String> encodings = response.http().headers().all("Content-Encoding");
      if (ContentDecoding.handles(encodings)) {
        try (InputStream raw = response.http().body().stream()) {
          return ContentDecoding.decode(raw, encodings, limit);
        }
      }
      try (InputStream in = response.http().bodyDecoded().stream()) {
        return in.readNBytes(limit);
      }
    }
    try (InputStream in = capture.body().stream()) {
      return in.readNBytes(limit);
    }
  }

  /** HTML for HTML types, TEXT for {@code text/plain}, {@code null} for anything else. */
  private static Format formatOf(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    if (base.equals("text/html") || base.equals("application/xhtml+xml")) {
      return Format.HTML;
    }
    return base.equals("text/plain") ? Format.TEXT : null;
  }
}
