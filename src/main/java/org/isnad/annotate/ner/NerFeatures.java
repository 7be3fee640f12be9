package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features of each word of a sentence that do not depend on the labels chosen so far:
 * normalised word and stem in a window of ±2, affixes, shape, the article ال, nisba endings,
 * place gazetteer hits (begin/inside), a title before the word, an organisation head word
 * before or at it, a speech verb before or after it, and person cues elsewhere in the document.
 * Label history features are added by the tagger while decoding. A word's features split into
 * its own ({@link #own}, the same wherever it stands, which the tagger caches) and those that
 * look around it ({@link #around}).
 */
final class NerFeatures {
  private static final WordAffixes AFFIXES = WordAffixes.bundled();
  private static final String START = "<s>";
  private static final String END = "</s>";
  private static final String UNKNOWN = "<unk>";
  /**
   * The feature of a word whose stem also stands, elsewhere in the sentence or in a nearby
   * sentence of the document, right after a title or a given name or right before a speech
   * verb: likely a person's name here too.
   */
  static final String DOCUMENT_PERSON = "docPers";
  /** The word-pair features, in the order {@link #joint} gives them: see {@link #bigram}. */
  static final String[] BIGRAMS = {"w-1w=", "ww+1=", "s-1s=", "c-1c=", "cc+1="};
  private final NerGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final WordClusters clusters;
  private final int granularities;
  /**
   * An id for every token a word-pair feature may join (the model's vocabulary, the sentence
   * edges, the unknown word, and word classes), so that the tagger looks pairs up by ids.
   */
  private final Map<String, Integer> tokenIds = new HashMap<>();
  private final int startId;
  private final int endId;
  private final int unknownId;
  /** Word class k as a token ("17"), shared by every word's lexeme. */
  private final String[] classNames;
  /** Token ids from here on are words of the model's vocabulary (and nothing else). */
  private final int firstWordId;

  NerFeatures(NerGazetteer gazetteer, NameLexicon lexicon, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.clusters = clusters;
    this.granularities = clusters.sizes().length;
    for (String token : new String[] {START, END, UNKNOWN, "?"}) {
      tokenIds.putIfAbsent(token, tokenIds.size());
    }
    startId = tokenIds.get(START);
    endId = tokenIds.get(END);
    int classes = 0;
    for (int size : clusters.sizes()) {
      classes = Math.max(classes, size);
    }
    classNames = new String[classes + 1];
    for (int k = 0; k <= classes; k++) {
      classNames[k] = Integer.toString(k);
      tokenIds.putIfAbsent(classNames[k], tokenIds.size());
    }
    unknownId = tokenIds.get(UNKNOWN);
    firstWordId = tokenIds.size();
    for (String word : lexicon.vocabulary()) {
      tokenIds.putIfAbsent(word, tokenIds.size());
    }
  }

  /**
   * The token id of {@code form} as the identity features write it: its own when the model's
   * vocabulary has it ({@link NameLexicon#knows}), else the unknown word's. One look-up for a
   * word of the vocabulary: every such word has a token id.
   */
  private int knownId(String form) {
    Integer id = tokenIds.get(form);
    if (id == null) {
      return unknownId;
    }
    return id >= firstWordId || lexicon.knows(form) ? id : unknownId;
  }

  /** The id of a token of word-pair features, or -1 when it has none. */
  int tokenId(String token) {
    Integer id = tokenIds.get(token);
    return id == null ? -1 : id;
  }

  /** The word-pair features of {@code model}, keyed by their tokens' ids. */
  WordPairRows wordPairRows(PerceptronModel model) {
    return model.pairFeatures(BIGRAMS, tokenIds);
  }

  /** A word's features: those scored per label, and those scored per label pair. */
  record Word(List<String> single, List<String> pairs) {}

  /**
   * What the features need of one word, whatever its neighbours: its normalised form and stem,
   * both as the model knows them ({@code <unk>} else), and its word classes.
   */
  record Lexeme(String word, String norm, String stem, String idNorm, String idStem,
      String[] classes, int normId, int stemId, int classId, int flags) {
    boolean is(int flag) {
      return (flags & flag) != 0;
    }
  }

  /** {@link Lexeme#flags}: what the word lists say of the stem (or, for a speech verb, the word). */
  static final int PLACE = 1;
  static final int PLACE_START = 2;
  static final int ORG = 4;
  static final int ORG_START = 8;
  static final int NAME_START = 16;
  static final int TRIGGER = 32;
  static final int FIRST_NAME = 64;
  static final int SPEECH_VERB = 128;
  static final int ORG_HEAD = 256;

  private int flags(String norm, String stem) {
    return (gazetteer.places().one(stem) ? PLACE : 0)
        | (gazetteer.places().start(stem) ? PLACE_START : 0)
        | (gazetteer.organisations().one(stem) ? ORG : 0)
        | (gazetteer.organisations().start(stem) ? ORG_START : 0)
        | (lexicon.nameStart(stem) ? NAME_START : 0)
        | (gazetteer.personTrigger(stem) ? TRIGGER : 0)
        | (gazetteer.firstName(stem) ? FIRST_NAME : 0)
        | (gazetteer.speechVerb(norm) ? SPEECH_VERB : 0)
        | (gazetteer.orgHead(stem) ? ORG_HEAD : 0);
  }

  /** A sentence's lexemes, their forms side by side, and its gazetteer and lexicon spans. */
  static final class Sentence {
    final Lexeme[] lexemes;
    final String[] norm;
    final String[] stems;
    final String[] idNorm;
    final String[] idStems;
    final String[][] classes;
    /** Token ids ({@link #tokenId}) of idNorm, idStems and the middle class of each word. */
    final int[] normIds;
    final int[] stemIds;
    final int[] classIds;
    String[] place;
    String[] org;
    String[] known;

    Sentence(Lexeme[] lexemes) {
      int n = lexemes.length;
      this.lexemes = lexemes;
      norm = new String[n];
      stems = new String[n];
      idNorm = new String[n];
      idStems = new String[n];
      classes = new String[n][];
      normIds = new int[n];
      stemIds = new int[n];
      classIds = new int[n];
      for (int i = 0; i < n; i++) {
        normIds[i] = lexemes[i].normId();
        stemIds[i] = lexemes[i].stemId();
        classIds[i] = lexemes[i].classId();
        norm[i] = lexemes[i].norm();
        stems[i] = lexemes[i].stem();
        idNorm[i] = lexemes[i].idNorm();
        idStems[i] = lexemes[i].idStem();
        classes[i] = lexemes[i].classes();
      }
    }

    int size() {
      return lexemes.length;
    }
  }

  /** The features of each word of a sentence, alone. */
  List<Word> of(List<String> words) {
    return of(words, List.of());
  }

  /**
   * The features of each word of a sentence with nearby sentences of the same document
   * ({@code context}): see {@link #DOCUMENT_PERSON}.
   */
  List<Word> of(List<String> words, List<List<String>> context) {
    Sentence sentence = sentence(words);
    List<String[]> cues = new ArrayList<>(context.size());
    for (List<String> other : context) {
      cues.add(personCues(sentence(other)));
    }
    boolean[] person = namedElsewhere(sentence, personCues(sentence), cues);
    List<Word> all = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      List<String> f = own(sentence.lexemes[i]);
      f.addAll(around(sentence, i));
      if (person[i]) {
        f.add(DOCUMENT_PERSON);
      }
      all.add(new Word(f, pairs(f)));
    }
    return all;
  }

  /** Per-label features of each word of a sentence alone (for tests). */
  List<List<String>> singles(List<String> words) {
    return of(words).stream().map(Word::single).toList();
  }

  /**
   * Features conjoined with the previous label: a bias (label bigrams), and the word's stem,
   * shape, article, suffix, first-name and lexicon hits, the next word and the word's class (how
   * a name goes on).
   */
  static List<String> pairs(List<String> single) {
    List<String> h = new ArrayList<>(10);
    h.add("bias");
    addPairs(single, h);
    return h;
  }

  /** Adds to {@code pairs} those of {@code single} that are also scored per label pair. */
  static void addPairs(List<String> single, List<String> pairs) {
    for (String f : single) {
      if (isPair(f)) {
        pairs.add(f);
      }
    }
  }

  /** Whether word feature {@code f} is also scored per label pair. */
  static boolean isPair(String f) {
    return f.startsWith("s=") || f.startsWith("al=") || f.startsWith("shape=")
        || f.startsWith("x2=") || f.startsWith("fname") || f.startsWith("lex0")
        || f.startsWith("w+1=") || f.startsWith("c1_0=") || f.startsWith("place=")
        || f.startsWith("org=") || f.startsWith("known=") || f.startsWith("orghead");
  }

  /** The word's {@link Lexeme}. */
  Lexeme lexeme(String word) {
    String norm = WordForms.normalized(word);
    String stem = WordForms.stem(norm);
    int[] k = clusters.of(norm);
    if (k == null) {
      k = clusters.of(stem);
    }
    String[] classes = new String[granularities];
    for (int g = 0; g < classes.length; g++) {
      classes[g] = k == null ? "?" : className(k[g]);
    }
    int normId = knownId(norm);
    int stemId = knownId(stem);
    String idNorm = normId == unknownId ? UNKNOWN : norm;
    String idStem = stemId == unknownId ? UNKNOWN : stem;
    return new Lexeme(word, norm, stem, idNorm, idStem, classes, normId, stemId,
        classes.length == 0 ? -1 : tokenId(classes[middle(classes)]), flags(norm, stem));
  }

  /** The word class {@code k} written as a token, one shared string per class. */
  private String className(int k) {
    return k >= 0 && k < classNames.length ? classNames[k] : Integer.toString(k);
  }

  /** The sentence of {@code words}, each word's lexeme computed here. */
  Sentence sentence(List<String> words) {
    Lexeme[] all = new Lexeme[words.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = lexeme(words.get(i));
    }
    return sentence(all);
  }

  /** The sentence of these lexemes. */
  Sentence sentence(Lexeme[] lexemes) {
    Sentence s = new Sentence(lexemes);
    s.place = spans(s, (stems, i) -> s.lexemes[i].is(PLACE_START)
        ? gazetteer.places().longestAt(stems, i) : s.lexemes[i].is(PLACE) ? 1 : 0);
    s.org = spans(s, (stems, i) -> s.lexemes[i].is(ORG_START)
        ? gazetteer.organisations().longestAt(stems, i) : s.lexemes[i].is(ORG) ? 1 : 0);
    s.known = spans(s, (stems, i) -> s.lexemes[i].is(NAME_START) ? lexicon.nameAt(stems, i)
        : 0);
    return s;
  }

  /**
   * The stems of a sentence that stand right after a title or a given name or right before a
   * speech verb (and are no title themselves), by position, null elsewhere.
   */
  String[] personCues(Sentence s) {
    int n = s.size();
    String[] cued = new String[n];
    for (int i = 0; i < n; i++) {
      boolean after = i > 0 && (s.lexemes[i - 1].is(TRIGGER)
          || s.lexemes[i - 1].is(FIRST_NAME));
      boolean before = i + 1 < n && s.lexemes[i + 1].is(SPEECH_VERB);
      if ((after || before) && !s.lexemes[i].is(TRIGGER)) {
        cued[i] = s.stems[i];
      }
    }
    return cued;
  }

  /**
   * Which words of {@code s} (cues {@code own}) have a stem of 3 letters or more cued elsewhere:
   * at another position of the sentence or in one of the {@code context} sentences' cues.
   */
  static boolean[] namedElsewhere(Sentence s, String[] own, List<String[]> context) {
    Map<String, Integer> named = new HashMap<>();
    for (String[] cues : context) {
      count(cues, named);
    }
    count(own, named);
    boolean[] person = new boolean[s.size()];
    for (int i = 0; i < person.length; i++) {
      String stem = s.stems[i];
      int elsewhere = named.getOrDefault(stem, 0) - (own[i] != null ? 1 : 0);
      person[i] = elsewhere > 0 && stem.length() > 2;
    }
    return person;
  }

  private static void count(String[] cues, Map<String, Integer> named) {
    for (String stem : cues) {
      if (stem != null) {
        named.merge(stem, 1, Integer::sum);
      }
    }
  }

  /**
   * The features of a word that do not depend on its neighbours: the word, stem, affixes,
   * shape, length, article, nisba, title and organisation head, given name and lexicon type, and
   * the word's classes. The same for every occurrence of the word.
   */
  List<String> own(Lexeme x) {
    List<String> f = new ArrayList<>(40);
    String w = x.norm();
    String s = x.stem();
    f.add("bias");
    f.add("w=" + x.idNorm());
    f.add("s=" + x.idStem());
    for (int k = 1; k <= 4 && k < s.length(); k++) {
      f.add("p" + k + "=" + s.substring(0, k));
      f.add("x" + k + "=" + s.substring(s.length() - k));
    }
    f.add("pre=" + w.substring(0, w.length() - Math.min(w.length(), s.length())));
    f.add("shape=" + WordForms.shape(x.word()));
    f.add("len=" + Math.min(s.length(), 8));
    boolean article = AFFIXES.hasArticle(w);
    f.add("al=" + article);
    if (article && AFFIXES.hasNisbaEnding(w) && s.length() > 3) {
      f.add("nisba");
    }
    if (gazetteer.orgHead(s)) {
      f.add("orghead");
    }
    if (gazetteer.personTrigger(s)) {
      f.add("title");
    }
    addName(f, s, 0);
    ownClasses(f, x);
    return f;
  }

  /** Offsets of the neighbours whose words are features of a word. */
  static final int[] OFFSETS = {-2, -1, 1, 2};

  /** The features of word {@code i} that look at its neighbours or at spans. */
  List<String> around(Sentence x, int i) {
    List<String> f = new ArrayList<>(32);
    for (int k : OFFSETS) {
      int j = i + k;
      f.addAll(j >= 0 && j < x.size() ? neighbour(x.lexemes[j], k) : boundary(k));
    }
    f.addAll(joint(x, i));
    return f;
  }

  /** The features a word gives the word {@code -k} places from it (k in {@link #OFFSETS}). */
  List<String> neighbour(Lexeme x, int k) {
    List<String> f = new ArrayList<>(12);
    String side = k < 0 ? "-" : "+";
    f.add("w" + side + Math.abs(k) + "=" + x.idNorm());
    if (k == -2 || k == -1) {
      if (gazetteer.personTrigger(x.stem())) {
        f.add("title" + k);
      }
      if (gazetteer.orgHead(x.stem())) {
        f.add("orghead" + k);
      }
    }
    if (Math.abs(k) == 1) {
      f.add("s" + side + "1=" + x.idStem());
      for (int g = 0; g < x.classes().length; g++) {
        f.add("c" + g + "_" + side + "1=" + x.classes()[g]);
      }
      if (k == 1 && AFFIXES.isNextNisba(x.norm())) {
        f.add("nisba+1");
      }
      if (gazetteer.speechVerb(x.norm())) {
        f.add("said" + side + "1");
      }
      addName(f, x.stem(), k);
    }
    return f;
  }

  /** The features of a word {@code k} places from the sentence's start or end. */
  List<String> boundary(int k) {
    String edge = k < 0 ? START : END;
    String side = k < 0 ? "-" : "+";
    List<String> f = new ArrayList<>(8);
    f.add("w" + side + Math.abs(k) + "=" + edge);
    if (Math.abs(k) == 1) {
      f.add("s" + side + "1=" + edge);
      for (int g = 0; g < clusters.sizes().length; g++) {
        f.add("c" + g + "_" + side + "1=" + edge);
      }
    }
    return f;
  }

  /**
   * The features of word {@code i} that join it with a neighbour (word and class bigrams) or
   * look at spans of listed names.
   */
  List<String> joint(Sentence x, int i) {
    List<String> f = new ArrayList<>(12);
    for (int t = 0; t < bigrams(); t++) {
      f.add(bigram(x, i, t));
    }
    addSpans(f, x, i);
    return f;
  }

  /** How many of {@link #BIGRAMS} a word has: the class pairs only when there are classes. */
  int bigrams() {
    return granularities > 0 ? BIGRAMS.length : 3;
  }

  /** Word-pair feature {@code t} of word {@code i}: {@link #BIGRAMS}[t], left token, "|", right. */
  String bigram(Sentence x, int i, int t) {
    return BIGRAMS[t] + bigramLeft(x, i, t) + "|" + bigramRight(x, i, t);
  }

  private static String bigramLeft(Sentence x, int i, int t) {
    return switch (t) {
      case 0 -> at(x.idNorm, i - 1);
      case 1 -> x.idNorm[i];
      case 2 -> at(x.idStems, i - 1);
      case 3 -> i > 0 ? x.classes[i - 1][middle(x.classes[i - 1])] : START;
      default -> x.classes[i][middle(x.classes[i])];
    };
  }

  private static String bigramRight(Sentence x, int i, int t) {
    return switch (t) {
      case 0 -> x.idNorm[i];
      case 1 -> at(x.idNorm, i + 1);
      case 2 -> x.idStems[i];
      case 3 -> x.classes[i][middle(x.classes[i])];
      default -> i + 1 < x.classes.length ? x.classes[i + 1][middle(x.classes[i + 1])] : END;
    };
  }

  /** The token ids of the left and right token of word-pair feature {@code t} of word i. */
  int bigramLeftId(Sentence x, int i, int t) {
    return switch (t) {
      case 0 -> i > 0 ? x.normIds[i - 1] : startId;
      case 1 -> x.normIds[i];
      case 2 -> i > 0 ? x.stemIds[i - 1] : startId;
      case 3 -> i > 0 ? x.classIds[i - 1] : startId;
      default -> x.classIds[i];
    };
  }

  int bigramRightId(Sentence x, int i, int t) {
    int n = x.size();
    return switch (t) {
      case 0 -> x.normIds[i];
      case 1 -> i + 1 < n ? x.normIds[i + 1] : endId;
      case 2 -> x.stemIds[i];
      case 3 -> x.classIds[i];
      default -> i + 1 < n ? x.classIds[i + 1] : endId;
    };
  }

  /** The class granularity the class pairs use: the second, or the only one. */
  private static int middle(String[] classes) {
    return Math.min(1, classes.length - 1);
  }

  /**
   * Adds the features of word {@code i} that look at spans of listed names (gazetteer and
   * lexicon), in the order {@link #joint} gives them after the word pairs.
   */
  void addSpans(List<String> f, Sentence x, int i) {
    addListed(f, x.place, x.org, i);
    if (x.known[i] != null) {
      f.add(known(x, i));
    }
  }

  /**
   * The word's classes at every granularity, the class of the clitic-stripped stem, and the
   * stripped clitic with the stem's class.
   */
  private void ownClasses(List<String> f, Lexeme x) {
    String[] classes = x.classes();
    if (classes.length == 0) {
      return;
    }
    for (int g = 0; g < classes.length; g++) {
      f.add("c" + g + "_0=" + classes[g]);
    }
    int[] stem = clusters.of(x.stem());
    if (stem != null && !x.stem().equals(x.norm())) {
      String pre = x.norm().substring(0, x.norm().length() - x.stem().length());
      for (int g = 0; g < stem.length; g++) {
        f.add("cs" + g + "=" + stem[g]);
        f.add("pre|cs" + g + "=" + pre + "|" + stem[g]);
      }
    }
  }

  /** Given-name and lexicon hits of the word at offset {@code k}, also behind a clitic. */
  private void addName(List<String> f, String stem, int k) {
    if (gazetteer.firstName(stem)) {
      f.add("fname" + k);
    }
    String type = lexicon.type(stem);
    if (type != null) {
      f.add("lex" + k + "=" + type);
    }
    String glued = AFFIXES.withoutProclitic(stem);  // a name behind a preposition
    if (glued != null && (gazetteer.firstName(glued) || lexicon.type(glued) != null)) {
      f.add("clitic-name" + k + "=" + (gazetteer.firstName(glued) ? "PERS"
          : lexicon.type(glued)));
    }
  }

  /**
   * The feature of a name of several words that training data has, with its type, covering
   * word {@code i} (which one must cover).
   */
  String known(Sentence x, int i) {
    String[] known = x.known;
    String[] stems = x.stems;
    int start = i;
    while (known[start].charAt(0) == 'I') {
      start--;
    }
    int len = known[i].charAt(1) - '0';
    String key = String.join(" ", java.util.Arrays.asList(stems).subList(start, start + len));
    return "known=" + known[i].charAt(0) + "-" + lexicon.type(key);
  }

  /** Gazetteer spans: the word's (with match length) and its neighbours'. */
  private static void addListed(List<String> f, String[] place, String[] org, int i) {
    if (place[i] != null) {
      f.add("place=" + place[i].charAt(0));
      f.add("placeLen=" + place[i]);
    }
    if (org[i] != null) {
      f.add("org=" + org[i].charAt(0));
      f.add("orgLen=" + org[i]);
    }
    if (i > 0 && place[i - 1] != null) {
      f.add("place-1");
    }
    if (i + 1 < place.length && place[i + 1] != null) {
      f.add("place+1=" + place[i + 1].charAt(0));
    }
    if (i + 1 < org.length && org[i + 1] != null) {
      f.add("org+1=" + org[i + 1].charAt(0));
    }
  }

  /** "B3"/"I3" … where a listed name of 3 words starts/goes on, else null. */
  private static String[] spans(Sentence s, SpanLength at) {
    String[] stems = s.stems;
    String[] place = new String[stems.length];
    for (int i = 0; i < stems.length; i++) {
      int len = at.at(stems, i);
      if (len > 0) {
        place[i] = "B" + len;
        for (int k = 1; k < len; k++) {
          place[i + k] = "I" + len;
        }
        i += len - 1;
      }
    }
    return place;
  }

  /** The number of words of a listed name starting at word {@code i}, or 0. */
  @FunctionalInterface
  private interface SpanLength {
    int at(String[] stems, int i);
  }

  private static String at(String[] a, int i) {
    return i < 0 ? START : i >= a.length ? END : a[i];
  }
}
