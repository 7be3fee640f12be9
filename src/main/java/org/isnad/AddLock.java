package org.isnad;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.isnad.store.DatabaseLock;
import org.isnad.store.StoreLocation;

/**
 * One writer at a time on a store folder: a lock on {@code DIR/add.lock} held while an add (or
 * the completion an export makes) runs. The operating system lets go of it when the process
 * ends, killed or not, so a killed add never leaves the store locked. For a PostgreSQL store
 * ({@code DIR} its working folder) the add also holds the database's advisory lock
 * ({@link DatabaseLock}), taken first and waited for, so adds from several machines run one
 * after the other.
 */
final class AddLock implements AutoCloseable {
  static final String FILE = "add.lock";
  private final FileChannel channel;
  private final FileLock lock;
  private final DatabaseLock database;

  private AddLock(FileChannel channel, FileLock lock, DatabaseLock database) {
    this.channel = channel;
    this.lock = lock;
    this.database = database;
  }

  /**
   * Takes the lock of the store in {@code dir}, creating the folder when missing.
   *
   * @throws IllegalArgumentException when another add holds it, or {@code dir} is not a folder
   */
  static AddLock take(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("the store must be a folder: " + dir);
    }
    StoreLocation location = StoreLocation.at(dir);
    DatabaseLock database = location.isDatabase() ? DatabaseLock.take(location) : null;
    try {
      return take(dir, database);
    } catch (RuntimeException e) {
      if (database != null) {
        database.close();
      }
      throw e;
    }
  }

  private static AddLock take(Path dir, DatabaseLock database) {
    FileChannel channel = null;
    try {
      Files.createDirectories(dir);
      channel = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw busy(dir);
      }
      return new AddLock(channel, lock, database);
    } catch (OverlappingFileLockException e) {
      close(channel);
      throw busy(dir);
    } catch (IOException e) {
      close(channel);
      throw new IllegalArgumentException("cannot lock the store " + dir + ": " + e, e);
    } catch (RuntimeException e) {
      close(channel);
      throw e;
    }
  }

  private static IllegalArgumentException busy(Path dir) {
    return new IllegalArgumentException("another isnad add is writing to the store " + dir
        + "; wait for it to end");
  }

  private static void close(FileChannel channel) {
    try {
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // the lock failed already: that is what the caller hears of
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel below releases it too
    }
    close(channel);
    if (database != null) {
      database.close();
    }
  }
}
