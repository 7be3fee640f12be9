package org.isnad.serve;

import java.util.List;
import org.isnad.model.AddOutcome;

/**
 * Where {@code POST /api/v1/documents} sends an uploaded file: the store the server serves.
 * Called one upload at a time (the server answers 409 to another meanwhile).
 */
@FunctionalInterface
public interface Uploads {
  /**
   * Adds the file {@code name} (its extension says its format: {@code .html}, {@code .txt},
   * {@code .warc}, {@code .jsonl}) holding {@code body}; returns what became of each document
   * in it. The view the server reads shows them once this returns.
   *
   * @throws IllegalArgumentException when the store cannot take it now (another process adds
   *     to it), naming the store
   */
  List<AddOutcome> add(String name, byte[] body);
}
