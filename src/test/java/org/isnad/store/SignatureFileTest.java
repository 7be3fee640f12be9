package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.link.NearDuplicateFinder.Signature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signatures kept between adds: the same as read from the text, whatever the file holds. */
class SignatureFileTest {
  private static final String LONG = "قال وزير الخارجية إن الاجتماع الذي عقد في الرياض اليوم بحث "
      + "العلاقات الثنائية بين البلدين وسبل تعزيزها في المجالات الاقتصادية والسياسية والثقافية";
  private static final String SHORT = "خبر قصير";

  @TempDir
  Path dir;

  @Test
  void givesTheTextsOwnSignatureAndKeepsIt() throws IOException {
    SignatureFile first = SignatureFile.open(dir);
    assertArrayEquals(Signature.of(LONG).bands(), first.of(LONG).bands());
    assertArrayEquals(new long[0], first.of(SHORT).bands());
    first.save();
    assertTrue(Files.isRegularFile(dir.resolve(SignatureFile.FILE)));
    SignatureFile second = SignatureFile.open(dir);
    assertArrayEquals(Signature.of(LONG).bands(), second.of(LONG).bands());
    assertArrayEquals(new long[0], second.of(SHORT).bands());
  }

  @Test
  void keptSignaturesAreReadFromTheFile() throws IOException {
    // a file whose entry for LONG holds another text's signature: what it returns shows that the
    // kept entry is used, not read again
    String other = LONG + " " + LONG.substring(0, 40);
    SignatureFile first = SignatureFile.open(dir);
    first.of(LONG);
    first.save();
    byte[] bytes = Files.readAllBytes(dir.resolve(SignatureFile.FILE));
    long[] forged = Signature.of(other).bands();
    java.nio.ByteBuffer b = java.nio.ByteBuffer.wrap(bytes);
    b.position(8 + 4 + 4 + 32 + 1);
    for (long x : forged) {
      b.putLong(x);
    }
    Files.write(dir.resolve(SignatureFile.FILE), bytes);
    assertArrayEquals(forged, SignatureFile.open(dir).of(LONG).bands());
  }

  @Test
  void anUnreadableFileOnlyMeansReadingAgain() throws IOException {
    SignatureFile first = SignatureFile.open(dir);
    first.of(LONG);
    first.save();
    Path file = dir.resolve(SignatureFile.FILE);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 5));
    assertArrayEquals(Signature.of(LONG).bands(), SignatureFile.open(dir).of(LONG).bands());
    Files.write(file, new byte[] {1, 2, 3});
    assertArrayEquals(Signature.of(LONG).bands(), SignatureFile.open(dir).of(LONG).bands());
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length + 8));
    assertArrayEquals(Signature.of(LONG).bands(), SignatureFile.open(dir).of(LONG).bands());
  }

  /**
   * A kept instance (a server's kept case) serves linking after linking: it gives each text's own
   * signature from memory (a file changed under it is not read again), and each save writes
   * exactly the texts that linking read.
   */
  @Test
  void oneFileServesSeveralLinkingsAndWritesEachOnesTexts() throws IOException {
    Path file = dir.resolve(SignatureFile.FILE);
    SignatureFile kept = SignatureFile.open(dir);
    kept.of(LONG);
    kept.of(SHORT);
    kept.save();
    byte[] both = Files.readAllBytes(file);
    Files.write(file, new byte[] {1, 2, 3});
    assertArrayEquals(Signature.of(LONG).bands(), kept.of(LONG).bands());
    assertArrayEquals(new long[0], kept.of(SHORT).bands());
    kept.save();
    assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(file),
        "the same texts as the file held: not written again");
    Files.write(file, both);
    kept.of(SHORT);
    kept.save();
    assertTrue(Files.size(file) < both.length, "a text the linking did not read is dropped");
    assertArrayEquals(Signature.of(LONG).bands(), kept.of(LONG).bands());
    kept.save();
    assertArrayEquals(Signature.of(LONG).bands(), SignatureFile.open(dir).of(LONG).bands());
    assertTrue(Files.size(file) < both.length, "only LONG now");
  }

  @Test
  void holdsOnlyTheTextsOfTheLastLinking() throws IOException {
    SignatureFile first = SignatureFile.open(dir);
    first.of(LONG);
    first.of(SHORT);
    first.save();
    long before = Files.size(dir.resolve(SignatureFile.FILE));
    SignatureFile second = SignatureFile.open(dir);
    second.of(SHORT);
    second.save();
    assertTrue(Files.size(dir.resolve(SignatureFile.FILE)) < before);
    assertFalse(Files.exists(dir.resolve(SignatureFile.FILE + ".tmp")));
  }
}
