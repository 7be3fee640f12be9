package org.isnad.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCaptureRecord;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a {@code .warc} or {@code .warc.gz} file: every HTML {@code response} or {@code resource}
 * record becomes a document whose source is {@code file#record-id}, with the target URI and the
 * capture date as hints and the HTTP header's charset as declared charset. Other records are
 * skipped. A damaged archive yields every record read before the damage, then one failed document
 * for the file.
 */
final class WarcInput {
  private final DocumentFactory factory;
  private final long maxBytes;

  WarcInput(DocumentFactory factory, long maxBytes) {
    this.factory = factory;
    this.maxBytes = maxBytes;
  }

  void read(Path file, Consumer<Document> sink) {
    try (WarcReader reader = new WarcReader(file)) {
      reader.onWarning(message -> { });
      for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
        readRecord(file, next.get(), sink);
      }
    } catch (IOException | RuntimeException e) {
      sink.accept(factory.unreadable(file.toString(), "truncated-archive",
          "the web archive is damaged or truncated after the records already read: " + e));
    }
  }

  private void readRecord(Path file, WarcRecord record, Consumer<Document> sink)
      throws IOException {
    if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
      return;
    }
    WarcCaptureRecord capture = (WarcCaptureRecord) record;
    MediaType type = capture.payloadType();
    if (!isHtml(type)) {
      return;
    }
    String source = file + "#" + record.id();
    byte[] body = payload(capture);
    if (body.length > maxBytes) {
      sink.accept(factory.unreadable(source, "too-large", "record larger than " + maxBytes
          + " bytes: " + source));
      return;
    }
    String charset = type.parameters().get("charset");
    SourceHints hints = new SourceHints(capture.target(), null, record.date().toString(), null);
    sink.accept(factory.create(source, body, Format.HTML, charset, hints));
  }

  private static byte[] payload(WarcCaptureRecord capture) throws IOException {
    if (capture instanceof WarcResponse response) {
      try (InputStream in = response.http().bodyDecoded().stream()) {
        return in.readAllBytes();
      }
    }
    try (InputStream in = capture.body().stream()) {
      return in.readAllBytes();
    }
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }
}
