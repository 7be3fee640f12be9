package org.isnad.text;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one list of speech verbs ({@code speech-verbs.txt}): every verb of saying with its forms,
 * and the tags that say which other readers use a form (the name tagger's cue, the entity
 * annotator's edges and speakers, the quote annotator's continuations …), so a form is added in
 * one place. Forms are given as written in the file, in file order; each reader normalises them
 * as it matches text. Loaded once; immutable and thread safe.
 */
public final class SpeechVerbs {
  private static final String FILE = "speech-verbs.txt";

  /** What a form is read for besides being a verb of saying. */
  public enum Tag {
    /** The name tagger's cue: a name right after it is the subject («قال فلان»). */
    NAME,
    /** A one-word name of no type right after it is the person who spoke. */
    ENTITY,
    /** Never the first or last word of a name («وروى صقر»). */
    EDGE,
    /** Ends a role's genitive chain («وزير الخارجية قال»). */
    FUNCTION,
    /** Continues the words of the speaker before («وأضاف»). */
    CONTINUES,
    /** Retells an outlet's report when the outlet's generic word follows («ذكرت صحيفة»). */
    LEAD,
    /** Its object is the one told, not the speaker («أبلغوا الأسد أن»). */
    TELLING
  }

  private record Form(String text, Set<Tag> tags) {}

  private static final class Holder {
    static final List<String> CUE_LINES = new ArrayList<>();
    static final List<Form> FORMS = new ArrayList<>();

    static {
      for (String line : TextResources.lines(FILE)) {
        boolean cue = !line.startsWith("-");
        StringBuilder cueLine = new StringBuilder();
        for (String field : (cue ? line : line.substring(1)).split("\t")) {
          Form form = form(field.strip());
          FORMS.add(form);
          cueLine.append(cueLine.length() == 0 ? "" : "\t").append(form.text());
        }
        if (cue) {
          CUE_LINES.add(cueLine.toString());
        }
      }
    }
  }

  private SpeechVerbs() {}

  /**
   * The verbs of saying, one a line as in the file without tags: forms separated by tabs in
   * agreement order, a leading {@code ~} on a verb that is also a common other word. Verbs marked
   * as no cue are left out.
   */
  public static List<String> cueLines() {
    return List.copyOf(Holder.CUE_LINES);
  }

  /** The forms carrying {@code tag}, as written (a {@code ~} removed), in file order. */
  public static List<String> tagged(Tag tag) {
    return Holder.FORMS.stream().filter(f -> f.tags().contains(tag))
        .map(f -> f.text().replace("~", "")).toList();
  }

  private static Form form(String field) {
    int colon = field.indexOf(':');
    if (colon < 0) {
      return new Form(field, Set.of());
    }
    Set<Tag> tags = EnumSet.noneOf(Tag.class);
    for (String tag : field.substring(colon + 1).split(",")) {
      tags.add(Tag.valueOf(tag.strip().toUpperCase(Locale.ROOT)));
    }
    return new Form(field.substring(0, colon), tags);
  }
}
