package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.isnad.model.Document;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A page that declares a charset the JDK can decode but not encode ({@code x-JISAutoDetect},
 * {@code ISO-2022-CN}) while its bytes are UTF-8 with multi-byte sequences. Found by
 * {@link CharsetSnifferFuzzTest} (fixtures {@code crash-declared-decode-only-charset-*}):
 * {@code Charset.newEncoder()} threw {@link UnsupportedOperationException}, so the page became
 * "unreadable" and, in a web archive, every later record was lost as a "truncated archive".
 */
class DecodeOnlyCharsetTest {
  private static final String PAGE = "<html><body><p>قال المتحدث باسم وزارة الخارجية إن "
      + "المحادثات ستستأنف الأسبوع المقبل.</p></body></html>";
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"x-JISAutoDetect", "ISO-2022-CN"})
  void aDecodeOnlyDeclarationStillChoosesACharset(String declared) {
    byte[] bytes = PAGE.getBytes(StandardCharsets.UTF_8);
    assertNotNull(new CharsetSniffer().decode(bytes, declared).charset());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-JISAutoDetect", "ISO-2022-CN"})
  void anHtmlFileDeclaringItIsRead(String declared) throws IOException {
    Path file = Files.writeString(dir.resolve("page.html"),
        "<meta charset=\"" + declared + "\">" + PAGE);
    Document document = ingest(file).get(0);
    assertFalse(document.failed(), document.problems().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-JISAutoDetect", "ISO-2022-CN"})
  void aWebArchiveRecordDeclaringItLosesNoLaterRecord(String declared) throws IOException {
    Path file = dir.resolve("crawl.warc");
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(channel, WarcCompression.NONE)) {
      writer.write(WarcInputTest.response("https://example.com/a", PAGE, StandardCharsets.UTF_8,
          "text/html; charset=" + declared));
      writer.write(WarcInputTest.response("https://example.com/b", PAGE + " ",
          StandardCharsets.UTF_8, "text/html; charset=utf-8"));
    }
    List<Document> documents = ingest(file);
    assertEquals(2, documents.size(), documents.toString());
    documents.forEach(d -> assertFalse(d.failed(), d.problems().toString()));
  }

  private static List<Document> ingest(Path file) {
    List<Document> documents = new ArrayList<>();
    new Ingestor(new ByteArrayInputStream(new byte[0]), Ingestor.DEFAULT_MAX_BYTES)
        .ingest(List.of(file.toString()), documents::add);
    return documents;
  }
}
