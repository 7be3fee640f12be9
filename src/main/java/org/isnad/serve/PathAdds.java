package org.isnad.serve;

import java.util.List;
import org.isnad.model.AddReport;

/**
 * Where {@code POST /api/v1/store/adds} sends the paths {@code isnad add} handed over: the store
 * the server serves, added to exactly as {@code isnad add PATH… --store DIR} adds. Called one add
 * at a time (shared with uploads; the server answers 409 to another meanwhile).
 */
@FunctionalInterface
public interface PathAdds {
  /**
   * Adds the inputs at {@code paths} (absolute) to the store; returns what the add did. The view
   * the server reads shows the new documents once this returns.
   *
   * @throws IllegalArgumentException when the store cannot take it now (another process adds
   *     to it), naming the store
   */
  AddReport add(List<String> paths);
}
