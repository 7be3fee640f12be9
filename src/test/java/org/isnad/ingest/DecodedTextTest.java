package org.isnad.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.isnad.model.Document;
import org.isnad.model.Format;
import org.isnad.model.SourceHints;
import org.junit.jupiter.api.Test;

/**
 * Text a container holds already decoded (a JSONL string) becomes the same document as its
 * UTF-8 bytes declared UTF-8 would: same text, charset and warnings, also when the text opens
 * with a byte order mark, holds the zero or 0x06 characters UTF-16 is found by, is labelled
 * Arabic without an Arabic letter, or carries U+FFFD.
 */
class DecodedTextTest {
  private static final List<String> TEXTS = List.of(
      "قال المتحدث باسم الوزارة إن الاجتماع انتهى مساء اليوم.",
      "\uFEFFقال المتحدث باسم الوزارة",
      "\uFEFF",
      "a\u0000b\u0000c\u0000d\u0000e\u0000f\u0000g\u0000h\u0000",
      "\u0006\u0627\u0006\u0644\u0006\u0642\u0006\u0627\u0006\u0644\u0006\u0629",
      "<html lang=\"ar\"><body><p>no Arabic letter here</p></body></html>",
      "<html lang=\"ar\"><body><p>الخبر</p></body></html>",
      "قال \uFFFD\uFFFD\uFFFD المتحدث",
      "plain ASCII text, nothing more");

  @Test
  void decodedTextGivesTheDocumentItsBytesGive() {
    for (String text : TEXTS) {
      for (Format format : new Format[] {Format.TEXT, Format.HTML}) {
        Document fromBytes = new DocumentFactory().create("feed.jsonl:1",
            text.getBytes(StandardCharsets.UTF_8), format, "UTF-8", SourceHints.none());
        Document fromText = new DocumentFactory().createDecoded("feed.jsonl:1", text, format,
            SourceHints.none());
        assertEquals(fromBytes, fromText, text);
      }
    }
  }
}
