package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.isnad.extract.ExtractionChecks;
import org.isnad.model.Document;
import org.isnad.model.SourceHints;

/**
 * Fuzzes charset sniffing and decoding: {@link CharsetSniffer} always gives a charset and a
 * text, with no declaration and with a declaration from a fixed list (picked by the input's
 * length, so a saved input replays the same way); {@link DocumentFactory} turns the
 * bytes, format sniffed, into one document that {@link ExtractionChecks} accepts.
 *
 * <p>Under plain JUnit this replays the seeds and saved findings in
 * {@code src/test/resources/org/isnad/ingest/CharsetSnifferFuzzTestInputs/anyBytes/}.
 */
class CharsetSnifferFuzzTest {
  /**
   * Declarations a container or page may give, good, odd and bogus; the last two are charsets the
   * JDK can decode but not encode.
   */
  private static final String[] DECLARED = {"UTF-8", "windows-1256", "ISO-8859-6", "utf-16",
      "UTF-32", "arabic", "cp1256", " \"utf-8\" ", "x-no-such-charset", "", "../../etc",
      "ISO-2022-JP", "x-IBM420", "x-JISAutoDetect", "ISO-2022-CN"};
  private final CharsetSniffer sniffer = new CharsetSniffer();

  @FuzzTest(maxDuration = "30s")
  @DictionaryEntries({"<meta charset=\"", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=",
      "windows-1256", "iso-8859-6", "utf-8", "utf-16", "<html", "<p>"})
  void anyBytes(byte[] bytes) {
    check(sniffer.decode(bytes, null));
    String declared = DECLARED[bytes.length % DECLARED.length];
    check(sniffer.decode(bytes, declared));
    DocumentFactory factory = new DocumentFactory();
    Document sniffed = factory.create("fuzz", bytes, null, null, SourceHints.none());
    Document stated = new DocumentFactory().create("fuzz", bytes, null, declared,
        SourceHints.none());
    ExtractionChecks.extractAndCheck(List.of(sniffed));
    ExtractionChecks.extractAndCheck(List.of(stated));
    assertEquals(sniffed.failed(), stated.failed(), "a declaration never decides readability");
  }

  private static void check(CharsetSniffer.Decoding decoding) {
    assertNotNull(decoding.charset(), "a charset is always chosen");
    assertNotNull(decoding.text(), "a text is always given");
    assertNotNull(decoding.problems(), "problems are a list, maybe empty");
  }
}
