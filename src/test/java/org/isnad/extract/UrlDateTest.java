package org.isnad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UrlDateTest {
  private static Optional<LocalDate> day(String url) {
    return UrlDate.of(url);
  }

  @Test
  void yearMonthDaySegments() {
    assertEquals(Optional.of(LocalDate.of(2017, 8, 23)),
        day("https://www.alarabiya.net/ar/arab-and-world/syria/2017/08/23/slug.html"));
    assertEquals(Optional.of(LocalDate.of(2017, 8, 3)), day("http://x.com/2017/8/3/slug"));
  }

  @Test
  void compactAndIsoDays() {
    assertEquals(Optional.of(LocalDate.of(2017, 12, 27)),
        day("http://www.france24.com/ar/20171227-%D8%AA%D8%B1%D9%83%D9%8A%D8%A7"));
    assertEquals(Optional.of(LocalDate.of(2016, 5, 1)), day("https://x.org/news/2016-05-01-a"));
  }

  @Test
  void noDayNoDate() {
    assertEquals(Optional.empty(), day("https://www.aljadeed.tv/arabic/news/arab-world/2712201712"));
    assertEquals(Optional.empty(), day("https://x.com/2017/08/slug"));
    assertEquals(Optional.empty(), day("https://x.com/2017/13/40/slug"));
    assertEquals(Optional.empty(), day("https://x.com/news/13456?date=2017/08/23"));
    assertEquals(Optional.empty(), day("http://ana-news.ro/2011-12-31-10-34-27/x/793-a.html"));
    assertEquals(Optional.empty(), day(null));
    assertEquals(Optional.empty(), day("not a url"));
  }

  @Test
  void outletIsTheSite() {
    assertEquals(Optional.of("aljazeera.net"), UrlOutlet.of("http://www.aljazeera.net/news/1"));
    assertEquals(Optional.of("mubasher.aljazeera.net"),
        UrlOutlet.of("http://mubasher.aljazeera.net/news/x"));
    assertEquals(Optional.empty(), UrlOutlet.of("samples/seeds/000.txt"));
  }
}
