package org.isnad.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.model.Event;
import org.isnad.model.EventStatus;
import org.isnad.model.Modality;
import org.isnad.model.Story;
import org.junit.jupiter.api.Test;

/**
 * The text keys the store pages by order events, stories and statements exactly as
 * {@link ShownOrder}'s comparators (for statements: source, document, article, statement) do, compared as SQLite compares text (UTF-8 bytes): random ids and dates with any
 * UTF-16 unit (controls, spaces, tildes, Arabic, surrogates), prefixes of one another and ties.
 */
class ShownOrderKeyTest {
  @Property(tries = 300, seed = "20261207")
  void eventKeysOrderAsTheComparator(@ForAll("events") List<Event> events) {
    assertEquals(ShownOrder.sorted(events, ShownOrder.EVENTS),
        ShownOrder.sorted(events, byKey(ShownOrder::eventKey)));
  }

  @Property(tries = 300, seed = "20261207")
  void storyKeysOrderAsTheComparator(@ForAll("stories") List<Story> stories) {
    assertEquals(ShownOrder.sorted(stories, ShownOrder.STORIES),
        ShownOrder.sorted(stories, byKey(ShownOrder::storyKey)));
  }

  /** A statement's place: its document's source and id, its article's and its own index. */
  record Place(String source, String document, int article, int statement) {
    static final Comparator<Place> ORDER = Comparator.comparing(Place::source)
        .thenComparing(Place::document).thenComparingInt(Place::article)
        .thenComparingInt(Place::statement);

    String key() {
      return ShownOrder.statementKey(source, document, article, statement);
    }
  }

  @Property(tries = 300, seed = "20261207")
  void statementKeysOrderAsDocumentsArticlesAndStatements(
      @ForAll("places") List<Place> places) {
    assertEquals(ShownOrder.sorted(places, Place.ORDER),
        ShownOrder.sorted(places, byKey(Place::key)));
  }

  @Provide
  Arbitrary<List<Place>> places() {
    Arbitrary<Place> one = Combinators.combine(texts(), texts(),
        Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 120))
        .as(Place::new);
    return one.list().ofMaxSize(12);
  }

  @Test
  void aPrefixSortsFirstAndAControlBeforeALetter() {
    List<Event> events = List.of(event("b", "2024-1", Modality.ASSERTED),
        event("a", "2024-10", Modality.ASSERTED), event("c", "2024-1 ", Modality.ASSERTED),
        event("d", "2024-1\u0000", Modality.ASSERTED), event("e", null, Modality.ASSERTED),
        event("f", "2020", Modality.NEGATED), event("g", "2024-1~", Modality.ASSERTED));
    List<String> ids = ShownOrder.sorted(events, byKey(ShownOrder::eventKey)).stream()
        .map(Event::id).toList();
    assertEquals(List.of("b", "d", "c", "a", "g", "e", "f"), ids);
  }

  /** Orders by the key's UTF-8 bytes, unsigned, as SQLite's BINARY collation does. */
  private static <T> Comparator<T> byKey(java.util.function.Function<T, String> key) {
    return (a, b) -> Arrays.compareUnsigned(key.apply(a).getBytes(StandardCharsets.UTF_8),
        key.apply(b).getBytes(StandardCharsets.UTF_8));
  }

  private static Event event(String id, String earliest, Modality modality) {
    return new Event(id, "MEET", "", modality, null, earliest, null, List.of(), List.of(),
        List.of(), 0, EventStatus.SINGLE_SOURCE, List.of(), null, List.of(), List.of());
  }

  /** Strings over few letters, so ties and prefixes are common, with odd units mixed in. */
  private static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars('a', 'b', '0', '-', ' ', '~', '}', '!', '\u0000',
        '\u0001', '\u007f', '\u0627', '\ud83d', '\ude00', '\uffff').ofMaxLength(5);
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Event> one = Combinators.combine(texts(), texts().injectNull(0.3),
        Arbitraries.of(Modality.class)).as(ShownOrderKeyTest::event);
    return one.list().ofMaxSize(12).map(ArrayList::new);
  }

  @Provide
  Arbitrary<List<Story>> stories() {
    Arbitrary<Story> one = Combinators.combine(texts(), Arbitraries.integers().between(0, 3))
        .as((id, n) -> new Story(id, "", java.util.Collections.nCopies(n, "a"), List.of()));
    return one.list().ofMaxSize(12);
  }
}
