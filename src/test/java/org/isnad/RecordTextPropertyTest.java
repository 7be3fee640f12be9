package org.isnad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.isnad.model.Basis;
import org.isnad.model.ChainLink;
import org.isnad.model.ChainRole;
import org.isnad.model.Published;
import org.isnad.model.Quote;
import org.isnad.model.Speaker;

/**
 * {@link RecordText} writes the text forms the records give themselves, for any values: nulls
 * where a component may be null, negative offsets (a carried speaker), empty and long chains,
 * every role and basis.
 */
class RecordTextPropertyTest {
  @Property(tries = 500, seed = "20261207")
  void statementsReadAsTheirOwnTextForms(@ForAll("quotes") List<Quote> quotes) {
    assertEquals(quotes.toString(), RecordText.of(quotes));
  }

  @Property(tries = 300, seed = "20261207")
  void datesReadAsTheirOwnTextForms(@ForAll("published") Published published) {
    assertEquals(published.toString(), RecordText.of(published));
  }

  @Provide
  Arbitrary<List<Quote>> quotes() {
    Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(12)
        .withChars("\u0627\u0644\u0628 ,[]=a1\u060c");
    Arbitrary<String> maybe = Arbitraries.oneOf(text, Arbitraries.just(null));
    Arbitrary<Speaker> speaker = Combinators.combine(text.filter(t -> !t.isBlank()),
        Arbitraries.integers().between(-1, 50), Arbitraries.integers().between(1, 20), maybe)
        .as((t, start, length, entity) -> start < 0 ? new Speaker(t, -1, -1, entity)
            : new Speaker(t, start, start + length, entity));
    Arbitrary<ChainLink> link = Combinators.combine(text.filter(t -> !t.isBlank()), maybe,
        Arbitraries.of(ChainRole.class)).as(ChainLink::new);
    Arbitrary<Quote> quote = Combinators.combine(text, text, Arbitraries.integers().between(0,
        99), text, text, Arbitraries.integers().between(-1, 99), Arbitraries.of(true, false),
        speaker).as((id, content, start, cue, article, cueStart, direct, s) -> new Quote(id,
            article, start, start + 3, content, cue, cueStart, direct, s, List.of()))
        .flatMap(q -> link.list().ofMaxSize(4).map(chain -> new Quote(q.id(), q.articleId(),
            q.start(), q.end(), q.content(), q.cue(), q.cueStart(), q.direct(), q.speaker(),
            chain)));
    return quote.list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<Published> published() {
    Arbitrary<String> maybe = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(10)
        .withChars("0123456789-XT:"), Arbitraries.just(null));
    return Combinators.combine(maybe, maybe, maybe, Arbitraries.of(Basis.class), maybe)
        .as((value, earliest, latest, basis, evidence) -> value == null && basis != Basis.NONE
            && earliest == null && latest == null ? Published.unknown()
            : new Published(value, earliest, latest, basis, evidence));
  }
}
