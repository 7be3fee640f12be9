package org.isnad.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.isnad.model.EntityType;
import org.isnad.model.Modality;
import org.isnad.store.EventQuery;
import org.isnad.store.PageRequest;
import org.isnad.store.SearchKind;
import org.isnad.store.StatusFilter;

/**
 * The query parameters of one request, read strictly: a parameter the route does not take, a
 * parameter given twice, or a value that does not parse is a 400 problem naming it (a typo must
 * not silently widen a filter). An empty value counts as absent.
 */
final class Params {
  /** The parameters every paged route takes. */
  static final Set<String> PAGING = Set.of("offset", "limit");
  private final Map<String, List<String>> given;

  Params(Context ctx, Set<String> allowed) {
    this.given = ctx.queryParamMap();
    for (String name : given.keySet()) {
      if (!allowed.contains(name)) {
        throw bad(name, "unknown parameter " + name + "; this route takes "
            + allowed.stream().sorted().toList());
      }
      if (given.get(name).size() > 1) {
        throw bad(name, name + " given " + given.get(name).size() + " times");
      }
    }
  }

  /** The value of {@code name}, or {@code null} when absent or empty. */
  String text(String name) {
    List<String> values = given.get(name);
    if (values == null || values.isEmpty() || values.get(0).isBlank()) {
      return null;
    }
    return values.get(0).strip();
  }

  /** The value of {@code name} read by {@code parse}; a failure names the parameter. */
  <T> T parsed(String name, Function<String, T> parse) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw bad(name, name + ": " + e.getMessage());
    }
  }

  PageRequest page() {
    return page(PageRequest.DEFAULT_LIMIT);
  }

  /** The page asked for, {@code defaultLimit} items when no limit is given. */
  PageRequest page(int defaultLimit) {
    Integer offset = parsed("offset", Params::integer);
    Integer limit = parsed("limit", Params::integer);
    try {
      return new PageRequest(offset == null ? 0 : offset,
          limit == null ? defaultLimit : limit);
    } catch (IllegalArgumentException e) {
      throw bad(e.getMessage().startsWith("offset") ? "offset" : "limit", e.getMessage());
    }
  }

  EventQuery events() {
    LocalDate from = parsed("from", Params::day);
    LocalDate to = parsed("to", Params::day);
    try {
      return new EventQuery(from, to, text("type"), text("actor"), text("place"),
          text("outlet"), text("origin"), parsed("status", StatusFilter::parse),
          parsed("modality", Params::modality));
    } catch (IllegalArgumentException e) {
      throw bad("to", e.getMessage());
    }
  }

  SearchKind kind() {
    return parsed("kind", SearchKind::parse);
  }

  private static Integer integer(String text) {
    try {
      return Integer.valueOf(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a whole number: " + text);
    }
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not a day YYYY-MM-DD: " + text);
    }
  }

  /** An entity type as clients spell it ({@code person}, {@code place}…), any case. */
  static EntityType entityType(String text) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException("must be one of "
        + Arrays.stream(EntityType.values()).map(t -> t.name().toLowerCase(Locale.ROOT))
            .toList() + ": " + text);
  }

  private static Modality modality(String text) {
    try {
      return Modality.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("must be asserted, negated or unrealised: " + text);
    }
  }

  static ProblemException bad(String parameter, String detail) {
    return new ProblemException(Problem.badParameter(parameter, detail));
  }
}
