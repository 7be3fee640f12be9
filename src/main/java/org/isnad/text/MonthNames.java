package org.isnad.text;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one list of month names ({@code months.txt}): Gregorian and Hijri, with the number of each
 * month and the uses it serves (the time annotator's months, a page's date stamp, the heads of a
 * glued word), so a spelling is added in one place. Names are given as written in the file, in
 * file order; each reader folds them as it matches text. Loaded once; immutable and thread safe.
 */
public final class MonthNames {
  /** The calendar a month belongs to. */
  public enum Calendar { GREGORIAN, HIJRI }

  /** What a month name is read for. */
  public enum Use {
    /** The time annotator's months. */
    TIME,
    /** The months of a page's date stamp (the extract stage). */
    STAMP,
    /** The heads of a month name glued to the next word ({@link GluedWordSplitter}). */
    GLUED
  }

  /**
   * One month name.
   *
   * @param calendar its calendar
   * @param number the month's number in it, 1 to 12
   * @param name the name as written in the file (one space between two words)
   * @param uses what it is read for
   */
  public record Entry(Calendar calendar, int number, String name, Set<Use> uses) {
    public Entry {
      uses = Set.copyOf(uses);
    }
  }

  private static final class Holder {
    static final List<Entry> ALL = load();
  }

  private MonthNames() {}

  /** Every entry, in file order. */
  public static List<Entry> all() {
    return Holder.ALL;
  }

  /** The entries of {@code calendar} read for {@code use}, in file order. */
  public static List<Entry> of(Calendar calendar, Use use) {
    return all().stream().filter(e -> e.calendar() == calendar && e.uses().contains(use))
        .toList();
  }

  /** The entries read for {@code use}, in file order. */
  public static List<Entry> of(Use use) {
    return all().stream().filter(e -> e.uses().contains(use)).toList();
  }

  private static List<Entry> load() {
    return TextResources.lines("months.txt").stream().map(MonthNames::entry).toList();
  }

  private static Entry entry(String line) {
    String[] f = TextResources.fields("months.txt", line, 4);
    Set<Use> uses = EnumSet.noneOf(Use.class);
    for (String use : f[3].strip().split(",")) {
      uses.add(Use.valueOf(use.strip().toUpperCase(Locale.ROOT)));
    }
    int number = Integer.parseInt(f[1].strip());
    if (number < 1 || number > 12) {
      throw new IllegalStateException("months.txt: month number out of 1-12: " + line);
    }
    return new Entry(Calendar.valueOf(f[0].strip().toUpperCase(Locale.ROOT)), number,
        f[2].strip(), uses);
  }
}
