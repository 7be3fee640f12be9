package org.isnad.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.isnad.model.DropReason;

/**
 * Gives each line of a text page its {@link LineKind} from the evidence a human editor would use
 * on the line alone: phrase lists, the site template, field prefixes, the dateline pattern, list
 * bullets and the line's shape (length, final punctuation, letters).
 *
 * <p>Shape rules, with their thresholds:
 * <ul>
 *   <li>{@link LineKind#BODY}: at least {@value #LONG_WORDS} words, or at least
 *       {@value #SENTENCE_MIN_WORDS} words ending like a sentence (full stop, colon, comma);
 *   <li>{@link LineKind#HEADLINE}: {@value #HEADLINE_MIN_WORDS} or more words otherwise;
 *   <li>{@link LineKind#LABEL}: shorter lines.
 * </ul>
 * A line of more than {@value #MAX_FURNITURE_WORDS} words is never furniture by phrase.
 * Thread safe.
 */
final class LineTagger {
  static final int LONG_WORDS = 30;
  static final int SENTENCE_MIN_WORDS = 6;
  static final int HEADLINE_MIN_WORDS = 3;
  private static final int MAX_FIELD_WORDS = 10;
  private static final int MAX_BIO_NAME_WORDS = 4;
  private static final int MAX_BIO_WORDS = 60;
  /**
   * The longest line the boilerplate phrases judge. A line of more words (dozens of screens of
   * text without a line break) is a paragraph, not a share bar: a phrase somewhere in it ("على
   * تويتر", "قناتنا على") says nothing of the rest, and it dropped whole articles of megabytes.
   * Set above the longest line of SaudiNewsNet (3,472 words), so real pages are judged as before.
   */
  static final int MAX_FURNITURE_WORDS = 10_000;

  /** A line's kind and, for furniture, why it is dropped. */
  record Tag(LineKind kind, DropReason reason) {}

  private final PhraseLexicon lexicon = PhraseLexicon.bundled();
  private final FieldPhrases fields = FieldPhrases.bundled();

  List<Tag> tag(List<Line> lines, SiteTemplate template) {
    List<Tag> tags = new ArrayList<>(lines.size());
    for (Line line : lines) {
      tags.add(tagLine(line, template));
    }
    markAuthorBoxes(lines, tags);
    return tags;
  }

  /** The kind of one line on its own (author boxes, which need the line before, aside). */
  Tag tagLine(Line line, SiteTemplate template) {
    if (line.words() <= MAX_FIELD_WORDS && fields.sourceValue(line) != null) {
      return new Tag(LineKind.SOURCE, DropReason.SOURCE_LINE);
    }
    if (line.words() <= MAX_BIO_WORDS && fields.isBiography(line)) {
      return new Tag(LineKind.BIO, DropReason.AUTHOR_BIO);
    }
    Optional<DropReason> furniture = line.words() > MAX_FURNITURE_WORDS ? Optional.empty()
        : lexicon.reasonFor(line.match());
    if (furniture.isPresent()) {
      return furnitureTag(line, furniture.get());
    }
    if (line.words() <= MAX_FIELD_WORDS && isByline(line)) {
      return new Tag(LineKind.BYLINE, DropReason.BYLINE);
    }
    if (Dateline.parse(line.text()) != null) {
      return new Tag(LineKind.DATELINE, DropReason.DATELINE);
    }
    if (isBullet(line) && shape(line) != LineKind.BODY) {
      return new Tag(LineKind.BULLET, DropReason.RELATED_LIST);
    }
    if (DateStamp.matches(line)) {
      return new Tag(LineKind.FURNITURE, DropReason.DATE_STAMP);
    }
    if (hasNoLetters(line)) {
      return new Tag(LineKind.FURNITURE, DropReason.NON_CONTENT);
    }
    if (template.contains(line.match())) {
      return new Tag(LineKind.FURNITURE, DropReason.SITE_TEMPLATE);
    }
    return new Tag(shape(line), null);
  }

  private Tag furnitureTag(Line line, DropReason reason) {
    String bare = PhraseLexicon.bare(line.match());
    return switch (reason) {
      case TAGS -> new Tag(LineKind.TAGS, reason);
      case READ_ALSO -> new Tag(isPhraseOnly(bare, reason) ? LineKind.READ_ALSO_EMPTY
          : LineKind.FURNITURE, reason);
      case RELATED_LIST -> new Tag(isPhraseOnly(bare, reason) ? LineKind.RELATED_HEADER
          : LineKind.FURNITURE, reason);
      default -> new Tag(LineKind.FURNITURE, reason);
    };
  }

  /** True when the line is the phrase alone, with no link text after it. */
  private boolean isPhraseOnly(String bare, DropReason reason) {
    return bare.split(" ").length <= 3 && lexicon.reasonFor(bare).orElse(null) == reason;
  }

  private boolean isByline(Line line) {
    if (fields.bylineValue(line) != null) {
      return true;
    }
    return fields.isTeamByline(line.text()) && !line.endsLikeSentence();
  }

  static LineKind shape(Line line) {
    if (line.words() >= LONG_WORDS
        || line.words() >= SENTENCE_MIN_WORDS && line.endsLikeSentence()) {
      return LineKind.BODY;
    }
    return line.words() >= HEADLINE_MIN_WORDS ? LineKind.HEADLINE : LineKind.LABEL;
  }

  private static boolean isBullet(Line line) {
    char first = line.text().charAt(0);
    return first == '•' || first == '●' || first == '▪' || first == '◦' || first == '■';
  }

  private static boolean hasNoLetters(Line line) {
    return line.text().codePoints().noneMatch(Character::isLetter);
  }

  /** A short name line right before a biography is the author box's name. */
  private static void markAuthorBoxes(List<Line> lines, List<Tag> tags) {
    for (int i = 1; i < lines.size(); i++) {
      Line previous = lines.get(i - 1);
      if (tags.get(i).kind() == LineKind.BIO && previous.words() <= MAX_BIO_NAME_WORDS
          && !previous.endsLikeSentence() && tags.get(i - 1).kind() != LineKind.BIO) {
        tags.set(i - 1, new Tag(LineKind.BIO_NAME, DropReason.AUTHOR_BIO));
      }
    }
  }
}
