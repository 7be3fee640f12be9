package org.isnad.annotate.quote;

/**
 * A statement found in one sentence, in normalised-text offsets, before its chain is built.
 *
 * @param cue the reporting word
 * @param speakerStart start of the speaker phrase, or -1 when the subject is dropped
 * @param speakerEnd end of the speaker phrase, or -1
 * @param agreement the cue verb's agreement (for carrying a dropped subject)
 * @param contentStart start of the content
 * @param contentEnd end of the content
 * @param direct whether the content is quoted words
 * @param relay an outlet or person the statement passed through, or {@code null}
 * @param source whom the speaker cites, or {@code null}
 * @param backReference the kind of earlier source the subject points back to ("مصدر" for
 *     "المصدر ذاته"), or {@code null}
 * @param kind how the statement was found: a verb of saying, a participle ("مضيفاً"), a verb of
 *     relaying ("نقلت وكالة … عن …"), or a source phrase ("بحسب …")
 */
record Draft(Word cue, int speakerStart, int speakerEnd, Agreement agreement, int contentStart,
    int contentEnd, boolean direct, Ref relay, Ref source, String backReference, Kind kind) {
  /** How a statement was found. */
  enum Kind { SAID, PARTICIPLE, RELAYED, SOURCED }

  /** Whether the cue is a verb or participle whose subject is the speaker. */
  boolean bySubject() {
    return kind == Kind.SAID || kind == Kind.PARTICIPLE;
  }

  Draft withRelay(Ref outlet) {
    return new Draft(cue, speakerStart, speakerEnd, agreement, contentStart, contentEnd, direct,
        outlet, source, backReference, kind);
  }

  boolean participle() {
    return kind == Kind.PARTICIPLE;
  }

  boolean hasSpeaker() {
    return speakerStart >= 0;
  }
}
