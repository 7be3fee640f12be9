package org.isnad.store;

import java.util.List;
import java.util.Objects;

/**
 * One slice of a longer list, with the length of the whole list.
 *
 * @param items the items of this slice, in the list's order
 * @param total how many items the whole list holds
 * @param offset where this slice starts in the whole list
 * @param limit the most items the slice was asked for
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {
  public Page {
    items = List.copyOf(items);
    if (total < items.size()) {
      throw new IllegalArgumentException("total " + total + " below the page's " + items.size());
    }
  }

  /** The slice {@code request} asks for of a whole list held in memory. */
  public static <T> Page<T> of(List<T> all, PageRequest request) {
    Objects.requireNonNull(request, "request");
    int from = Math.min(all.size(), request.offset());
    int to = Math.min(all.size(), from + request.limit());
    return new Page<>(all.subList(from, to), all.size(), request.offset(), request.limit());
  }
}
