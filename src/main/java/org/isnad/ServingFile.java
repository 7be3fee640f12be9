package org.isnad;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.isnad.export.AtomicFile;

/**
 * {@code DIR/serving.json}: the note a server serving the store in {@code DIR} leaves for
 * {@code isnad add}, so an add is handed to it ({@link ServerHandoff}). It holds the server's URL
 * (the loopback one when it listens there), its process id and a random local token the server
 * asks of those adds. Written atomically, readable by its owner only (rights 600 on POSIX file
 * systems); the server deletes it when it closes, if it is still its own.
 *
 * @param url where to send the add, {@code http://HOST:PORT/}
 * @param pid the server's process id
 * @param token the local token, sent as {@code Authorization: Bearer TOKEN}
 * @param store the real path of the store folder the server serves (a copy of the folder,
 *     {@code serving.json} included, is another store: its adds are not handed over)
 */
record ServingFile(String url, long pid, String token, String store) {
  /** The file's name in the store's folder. */
  static final String FILE = "serving.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The note of this process serving {@code store} at {@code url}, asking for {@code token}. */
  static ServingFile mine(String url, String token, Path store) {
    try {
      return new ServingFile(url, ProcessHandle.current().pid(), token,
          store.toRealPath().toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot resolve the store " + store, e);
    }
  }

  /** The note in {@code store}, if there is one that can be read. */
  static Optional<ServingFile> read(Path store) {
    Path file = store.resolve(FILE);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      ServingFile note = JSON.readValue(file.toFile(), ServingFile.class);
      return note.url() == null || note.token() == null ? Optional.empty() : Optional.of(note);
    } catch (IOException e) {
      // a half-deleted or foreign file: no server to hand the add to
      return Optional.empty();
    }
  }

  /** Writes this note to {@code store}, replacing any other whole. */
  void writeTo(Path store) {
    try {
      AtomicFile.writePrivate(store.resolve(FILE), out -> out.write(JSON.writeValueAsBytes(this)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + store.resolve(FILE), e);
    }
  }

  /** Deletes the note in {@code store} if it is this one (another server may have replaced it). */
  void deleteFrom(Path store) {
    if (read(store).filter(this::equals).isPresent()) {
      try {
        Files.deleteIfExists(store.resolve(FILE));
      } catch (IOException e) {
        // left behind: its process is gone, so isnad add takes it for stale
      }
    }
  }

  /** Whether it was written for the store in {@code folder} (not for a folder copied from). */
  boolean serves(Path folder) {
    try {
      return store != null && Files.isSameFile(Path.of(store), folder);
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return false;
    }
  }

  /** Whether the process that wrote it still runs. */
  boolean alive() {
    return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
  }
}
