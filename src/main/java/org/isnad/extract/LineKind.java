package org.isnad.extract;

/** What a line of a text page looks like on its own, before its place in the page is weighed. */
enum LineKind {
  /** Page furniture named by a phrase list or the site template; dropped with its reason. */
  FURNITURE,
  /** "اقرأ أيضاً:" with nothing after it: the next headline is the link. */
  READ_ALSO_EMPTY,
  /** "مقالات ذات صلة" and the like: the list that follows is related links. */
  RELATED_HEADER,
  /** A list item ("• …"). */
  BULLET,
  /** "المصدر: …". */
  SOURCE,
  /** "بقلم: …", "موقع – فريق التحرير". */
  BYLINE,
  /** "كلمات دلالية: …". */
  TAGS,
  /** "دمشق (الاتحاد)". */
  DATELINE,
  /** The name in an author box (the line before a biography). */
  BIO_NAME,
  /** The biography in an author box. */
  BIO,
  /** Running text: a sentence-shaped or long line. */
  BODY,
  /** Headline-shaped: a few words without a final full stop. */
  HEADLINE,
  /** One or two words, no sentence shape: a label. */
  LABEL
}
