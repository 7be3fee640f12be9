package org.isnad.store;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.isnad.link.NearDuplicateFinder.Signature;

/**
 * The near-duplicate signatures of a store's article texts, kept between adds in
 * {@code DIR/}{@value #FILE}: an add on 30,930 articles otherwise reads the MinHash signature of
 * every text again (100 hashes per shingle, the larger part of finding the copies).
 *
 * <p>A cache, not part of the case: each entry is keyed by the SHA-256 of its text's UTF-16 code
 * units and a signature is a function of the text alone ({@link Signature}), so an entry is right
 * whatever the store's state, and a missing, stale, truncated or foreign file only makes the
 * signatures be read again (never a different answer). The file is replaced whole (a temporary
 * file moved over it), holding exactly the texts the last linking read, so it never grows past
 * the case.
 *
 * <p>One instance serves one linking ({@link #open}, lookups, {@link #save}), or several in turn
 * (a running server's kept case): then a text looked up by the last linking is recalled by the
 * text itself, without hashing it again (SHA-256 of 30,000 texts took about half a second of
 * each upload), and each {@link #save} still writes exactly the texts its linking read. Lookups
 * are thread safe; {@link #save} ends a linking, after its lookups.
 */
public final class SignatureFile {
  static final String FILE = "signatures.bin";
  private static final long MAGIC = 0x69736e6164534947L;  // "isnadSIG"
  private static final int VERSION = 1;
  private final Path file;
  private Map<Key, Signature> kept;
  /** What this linking looked up, by text; and what the last one did (several linkings). */
  private Map<String, Entry> used = new ConcurrentHashMap<>();
  private Map<String, Entry> last = Map.of();
  private volatile boolean computed;

  private SignatureFile(Path file, Map<Key, Signature> kept) {
    this.file = file;
    this.kept = kept;
  }

  /** A text's key and signature. */
  private record Entry(Key key, Signature signature) {}

  /** A text's key: its SHA-256. */
  private record Key(long a, long b, long c, long d) {
    static Key of(String text) {
      ByteBuffer units = ByteBuffer.allocate(2 * text.length());
      units.asCharBuffer().put(text);
      ByteBuffer hash = ByteBuffer.wrap(sha256().digest(units.array()));
      return new Key(hash.getLong(), hash.getLong(), hash.getLong(), hash.getLong());
    }
  }

  /** The signatures kept in store folder {@code dir}; none when the file is missing or unreadable. */
  public static SignatureFile open(Path dir) {
    Path file = dir.resolve(FILE);
    return new SignatureFile(file, read(file));
  }

  /** {@code text}'s signature: the kept one, or read now. */
  public Signature of(String text) {
    Entry entry = used.get(text);
    if (entry == null) {
      entry = last.get(text);
    }
    if (entry == null) {
      Key key = Key.of(text);
      Signature s = kept.get(key);
      if (s == null) {
        s = Signature.of(text);
        computed = true;
      }
      entry = new Entry(key, s);
    }
    used.put(text, entry);
    return entry.signature();
  }

  /**
   * Ends a linking: writes the signatures looked up since {@link #open} or the last save when
   * they differ from those the file holds.
   * A failure leaves the former file (or none) in place: the next add reads the signatures again.
   */
  public void save() {
    Map<Key, Signature> read = new HashMap<>();
    used.values().forEach(e -> read.put(e.key(), e.signature()));
    boolean changed = computed || !read.keySet().equals(kept.keySet());
    kept = read;
    last = used;
    used = new ConcurrentHashMap<>();
    computed = false;
    if (changed) {
      write(read);
    }
  }

  private void write(Map<Key, Signature> read) {
    Path tmp = file.resolveSibling(FILE + ".tmp");
    try {
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
          Files.newOutputStream(tmp)))) {
        out.writeLong(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(read.size());
        for (Map.Entry<Key, Signature> e : read.entrySet()) {
          Key k = e.getKey();
          out.writeLong(k.a());
          out.writeLong(k.b());
          out.writeLong(k.c());
          out.writeLong(k.d());
          long[] bands = e.getValue().bands();
          out.writeByte(bands.length);
          for (long b : bands) {
            out.writeLong(b);
          }
        }
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // only a cache: without it the next add reads every signature again, as before it existed
      try {
        Files.deleteIfExists(tmp);
      } catch (IOException ignored) {
        // nothing more to undo
      }
    }
  }

  private static Map<Key, Signature> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file)))) {
      if (in.readLong() != MAGIC || in.readInt() != VERSION) {
        return Map.of();
      }
      int n = in.readInt();
      if (n < 0) {
        return Map.of();
      }
      Map<Key, Signature> kept = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Key key = new Key(in.readLong(), in.readLong(), in.readLong(), in.readLong());
        long[] bands = new long[in.readUnsignedByte()];
        for (int b = 0; b < bands.length; b++) {
          bands[b] = in.readLong();
        }
        kept.put(key, Signature.ofBands(bands));
      }
      return in.read() == -1 ? kept : Map.of();
    } catch (IOException | IllegalArgumentException e) {
      return Map.of();  // unreadable: every signature is read again
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
