package org.isnad.annotate.event;

import static org.isnad.text.GrammarWords.BI_LETTER;
import static org.isnad.text.GrammarWords.FA_LETTER;
import static org.isnad.text.GrammarWords.LI_LETTER;
import static org.isnad.text.GrammarWords.WA_LETTER;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.isnad.model.ArgumentRole;
import org.isnad.model.EntityMention;
import org.isnad.model.EntityType;
import org.isnad.text.RuleFile;
import org.isnad.text.Token;

/**
 * The clause of a trigger and the roles of the names in it ({@code event-clauses.txt}).
 *
 * <ul>
 *   <li>The clause runs from the trigger to the nearest clause break on each side: a punctuation
 *       mark other than the comma, a word that opens another clause (الذي، أن، حيث …, a verb of
 *       saying of {@code text/speech-verbs.txt}, "وعبّر"), or
 *       {@value #MAX_WORDS} words.
 *       "سيطرت الفصائل على حلب، وقال بوتين في موسكو" gives the capture Aleppo, not Putin or
 *       Moscow. A relative pronoun within {@value #RELATIVE_WORDS} words after the trigger opens a
 *       clause about the trigger itself, which stays in ("التفجير الذي استهدف مسجد عسير").</li>
 *   <li>A place in the clause, or up to {@value #PLACE_WORDS} words from the trigger with no comma
 *       between, is where it happened, unless it only times or files the report
 *       ({@link ReportingPlaces}: a clock's time zone, a dateline).</li>
 *   <li>A person or organisation after a preposition of the other party (مع، على، ضد) or with ب/ل
 *       glued to it is the patient ("التقى عراقجي بالأسد").</li>
 *   <li>A person or organisation after "من قبل"، "على يد" ({@code BY}) is the agent.</li>
 *   <li>A trigger right after a preposition ({@code GOVERNED}: "بعد يوم من هجوم") is a noun inside
 *       another verb's clause: the names before it, places too ("زار الأسد موسكو بعد يوم من
 *       هجوم الفصائل على حلب": Moscow is the visit's), get no role, except for a statement
 *       ({@code SAID}: "قال كارتر في بيان").</li>
 *   <li>Otherwise the first name after the trigger is the agent, or for the types that happen to
 *       someone (KILLED, ARREST …) the patient; a name before the trigger is the agent ("الأسد
 *       غادر"); later names are patients.</li>
 * </ul>
 * Stateless and thread safe.
 */
final class ClauseReader {
  static final int MAX_WORDS = 12;
  /**
   * How far a place may be from the trigger in its clause: the place of a long report comes last
   * ("قتلوا ما لا يقل عن ستة أطفال وثلاثة بالغين حرقاً خلال هجوم على قرية شمالي الكاميرون").
   */
  static final int PLACE_WORDS = 20;
  /** A relative clause this close after the trigger describes it: "التفجير الذي استهدف مسجد". */
  static final int RELATIVE_WORDS = 3;
  /**
   * Marks that end a clause. Not the comma: Arabic news sets off times and places with commas
   * and brackets ("فجر انتحاري نفسه، اليوم (الخميس)، في مسجد بعسير"), and the words that open a new clause
   * (وقال، الذي …) end it anyway.
   */
  /** The most words of a name set in quotation marks inside a clause. */
  static final int QUOTED_NAME_WORDS = 4;
  private static final String QUOTES = "\"«»“”";
  private static final String BREAKS = ".;؛:!؟?\"«»“”";
  private final Set<String> openers = new HashSet<>();
  private final Set<String> with = new HashSet<>();
  private final Set<String> by = new HashSet<>();
  private final Set<String> governors = new HashSet<>();
  private final Set<String> said = new HashSet<>();
  private final Set<String> undergoers = new HashSet<>();
  private final Set<String> relatives = new HashSet<>();
  private final List<String> nominal = new java.util.ArrayList<>();
  private final Set<String> zones = new HashSet<>();
  private final ReportingPlaces reporting = new ReportingPlaces(zones);
  private final Set<String> light = new HashSet<>();

  /** A clause: UTF-16 offsets into the sentence, end exclusive. */
  record Clause(int start, int end) {}

  ClauseReader() {
    openers.addAll(org.isnad.annotate.quote.QuoteAnnotator.speechVerbForms(true));
    for (String line : RuleFile.read(ClauseReader.class, "event-clauses.txt")) {
      String[] f = line.split("\t");
      if (f.length != 2) {
        throw new IllegalStateException("event-clauses.txt: expected KIND<TAB>word: " + line);
      }
      switch (f[0].strip()) {
        case "OPENER" -> openers.add(f[1].strip());
        case "WITH" -> with.add(f[1].strip());
        case "BY" -> by.add(f[1].strip());
        case "GOVERNED" -> governors.add(f[1].strip());
        case "SAID" -> said.add(f[1].strip());
        case "UNDERGOER" -> undergoers.add(f[1].strip());
        case "RELATIVE" -> relatives.add(f[1].strip());
        case "NOMINAL" -> nominal.add(f[1].strip());
        case "ZONE" -> zones.add(f[1].strip());
        case "LIGHT" -> light.add(f[1].strip());
        default -> throw new IllegalStateException("event-clauses.txt: unknown kind: " + line);
      }
    }
  }

  /** The clause of the token at {@code trigger}. */
  Clause clause(List<Token> tokens, int trigger) {
    return clause(tokens, trigger, MAX_WORDS, false);
  }

  /** The clause of the token at {@code trigger}, ended by a comma too. */
  Clause commaClause(List<Token> tokens, int trigger) {
    return clause(tokens, trigger, MAX_WORDS, true);
  }

  /**
   * The clause of the token at {@code trigger}, at most {@code max} words each side; with
   * {@code commaBreaks}, a comma ends it too (the long reach of a place stops at the next
   * coordinated clause: "سيطرت على حمص مساء يوم 7 ديسمبر، وفي ذلك الوقت قرر الأسد الهروب إلى موسكو").
   */
  private Clause clause(List<Token> tokens, int trigger, int max, boolean commaBreaks) {
    int left = trigger;
    int words = 0;
    for (int j = trigger - 1; j >= 0 && words < max; j--) {
      Token t = tokens.get(j);
      if (commaBreaks && comma(t)) {
        break;
      }
      if (isBreak(t)) {
        int close = quotedName(tokens, j, -1);
        if (close < 0) {
          break;
        }
        j = close;
        t = tokens.get(j);
      }
      left = j;
      words++;
      if (opens(t)) {
        break;
      }
    }
    int right = trigger;
    words = 0;
    for (int j = trigger + 1; j < tokens.size() && words < max; j++) {
      Token t = tokens.get(j);
      boolean describesTrigger = words < RELATIVE_WORDS && relatives.contains(t.normalized());
      if (commaBreaks && comma(t)) {
        break;
      }
      if (isBreak(t)) {
        int close = quotedName(tokens, j, 1);
        if (close < 0) {
          break;
        }
        j = close;
      } else if (opens(t) && !describesTrigger) {
        break;
      }
      right = j;
      words++;
    }
    return new Clause(tokens.get(left).start(), tokens.get(right).end());
  }

  /**
   * Whether a trigger word is a noun of its own: the article or a preposition glued to a word
   * that is itself a trigger ("التفجير"، "بتفجير"; not "التقى", whose ال is part of the verb).
   *
   * @param isTrigger whether a form is a trigger word of the lexicon
   */
  boolean nominal(String normalized, java.util.function.Predicate<String> isTrigger) {
    for (String prefix : nominal) {
      if (normalized.startsWith(prefix) && normalized.length() > prefix.length() + 2
          && isTrigger.test(normalized.substring(prefix.length()))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The roles of the linked mentions inside the clause, in text order.
   *
   * @param nominal whether the trigger is a noun of its own ({@link #nominal}): like a trigger
   *     governed by a preposition, it has no doer before it
   * @param mentions mentions with offsets in the same units as {@code tokens} (sentence-relative)
   */
  Map<String, ArgumentRole> roles(String type, List<Token> tokens, int trigger, boolean nominal,
      Clause clause, List<Placed> mentions) {
    Map<String, ArgumentRole> roles = new LinkedHashMap<>();
    boolean agentSeen = false;
    int triggerStart = tokens.get(trigger).start();
    Clause placeClause = clause(tokens, trigger, PLACE_WORDS, true);
    boolean governed = !said.contains(type) && (nominal && !lightVerbBefore(tokens, trigger, clause)
        || after(tokens, triggerStart, governors));
    for (Placed p : mentions) {
      EntityMention m = p.mention();
      boolean inClause = p.start() >= clause.start() && p.end() <= clause.end();
      boolean inReach = m.type() == EntityType.PLACE && p.start() >= placeClause.start()
          && p.end() <= placeClause.end();
      if (!(inClause || inReach) || roles.containsKey(m.entityId())
          || (p.start() <= triggerStart && triggerStart < p.end())
          || (governed && p.start() < triggerStart)) {
        continue;
      }
      if (m.type() == EntityType.PLACE) {
        if (!reporting.names(tokens, p.start(), triggerStart)) {
          roles.put(m.entityId(), ArgumentRole.PLACE);
        }
      } else if (p.start() > triggerStart && after(tokens, p.start(), by)) {
        roles.put(m.entityId(), ArgumentRole.AGENT);
        agentSeen = true;
      } else if (p.start() < triggerStart) {
        roles.put(m.entityId(), ArgumentRole.AGENT);
        agentSeen = true;
      } else if (!agentSeen && !otherParty(tokens, p.start()) && !undergoers.contains(type)) {
        roles.put(m.entityId(), ArgumentRole.AGENT);
        agentSeen = true;
      } else {
        roles.put(m.entityId(), ArgumentRole.PATIENT);
      }
    }
    return roles;
  }

  /**
   * Whether a verb that does its noun ({@code LIGHT}: شن، نفذ) comes before the trigger in its
   * clause.
   */
  private boolean lightVerbBefore(List<Token> tokens, int trigger, Clause clause) {
    for (int j = trigger - 1; j >= 0 && tokens.get(j).start() >= clause.start(); j--) {
      Token t = tokens.get(j);
      if (t.kind() == Token.Kind.ARABIC && (light.contains(t.normalized())
          || light.contains(org.isnad.text.ArabicLetters.withoutConjunction(t.normalized())))) {
        return true;
      }
    }
    return false;
  }

  /** A mention with its offsets relative to the sentence. */
  record Placed(EntityMention mention, int start, int end) {}

  /** Whether the word right before the name at {@code start} is one of {@code words}. */
  private static boolean after(List<Token> tokens, int start, Set<String> words) {
    for (int j = 0; j < tokens.size(); j++) {
      if (tokens.get(j).start() >= start) {
        return j > 0 && words.contains(tokens.get(j - 1).normalized());
      }
    }
    return false;
  }

  private boolean otherParty(List<Token> tokens, int start) {
    for (Token t : tokens) {
      if (t.start() < start && start < t.end()) {
        return glued(t.text().substring(0, start - t.start()));  // بـ، لـ before the name
      }
      if (t.start() >= start) {
        break;
      }
    }
    return after(tokens, start, with);
  }

  /** Whether a prefix glued to a name holds the preposition ب or ل (not just و/ف). */
  private static boolean glued(String prefix) {
    return prefix.indexOf(BI_LETTER) >= 0 || prefix.indexOf(LI_LETTER) >= 0;
  }

  /**
   * Where the name in quotation marks opened (going in {@code step}'s direction) by the mark at
   * {@code at} closes, or -1: a quotation closed within {@value #QUOTED_NAME_WORDS} words with no
   * other break between ("مسلحون من جماعة "بوكو حرام" المتطرفة"، «داعش») is part of the clause.
   */
  private static int quotedName(List<Token> tokens, int at, int step) {
    if (QUOTES.indexOf(tokens.get(at).text().charAt(0)) < 0) {
      return -1;
    }
    int words = 0;
    for (int j = at + step; j >= 0 && j < tokens.size(); j += step) {
      Token t = tokens.get(j);
      if (isBreak(t)) {
        return QUOTES.indexOf(t.text().charAt(0)) >= 0 && words > 0 ? j : -1;
      }
      if (++words > QUOTED_NAME_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean comma(Token t) {
    return t.kind() == Token.Kind.PUNCTUATION && ",،".indexOf(t.text().charAt(0)) >= 0;
  }

  private static boolean isBreak(Token t) {
    return t.kind() == Token.Kind.PUNCTUATION && BREAKS.indexOf(t.text().charAt(0)) >= 0;
  }

  private boolean opens(Token t) {
    String n = t.normalized();
    return openers.contains(n) || (n.length() > 2
        && (n.charAt(0) == WA_LETTER || n.charAt(0) == FA_LETTER)
        && openers.contains(n.substring(1)));
  }
}
