package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The features of each word of a sentence that do not depend on the labels chosen so far:
 * normalised word and stem in a window of ±2, affixes, shape, the article ال, nisba endings,
 * place gazetteer hits (begin/inside), a title before the word, an organisation head word
 * before or at it, and a speech verb before or after it. Label history features are added by
 * the tagger while decoding.
 */
final class NerFeatures {
  private static final String START = "<s>";
  private static final String END = "</s>";
  private static final String UNKNOWN = "<unk>";
  private final NerGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final WordClusters clusters;

  NerFeatures(NerGazetteer gazetteer, NameLexicon lexicon, WordClusters clusters) {
    this.gazetteer = gazetteer;
    this.lexicon = lexicon;
    this.clusters = clusters;
  }

  /** A word's features: those scored per label, and those scored per label pair. */
  record Word(List<String> single, List<String> pairs) {}

  /** The features of each word of a sentence. */
  List<Word> of(List<String> words) {
    List<List<String>> single = singles(words);
    List<Word> all = new ArrayList<>(single.size());
    for (List<String> f : single) {
      all.add(new Word(f, pairs(f)));
    }
    return all;
  }

  /**
   * Features conjoined with the previous label: a bias (label bigrams), and the word's stem,
   * shape, article, suffix, first-name and lexicon hits, the next word and the word's class (how
   * a name goes on).
   */
  static List<String> pairs(List<String> single) {
    List<String> h = new ArrayList<>(10);
    h.add("bias");
    for (String f : single) {
      if (f.startsWith("s=") || f.startsWith("al=") || f.startsWith("shape=")
          || f.startsWith("x2=") || f.startsWith("fname") || f.startsWith("lex0")
          || f.startsWith("w+1=") || f.startsWith("c1_0=") || f.startsWith("place=") || f.startsWith("org=")
          || f.startsWith("known=")
          || f.startsWith("orghead")) {
        h.add(f);
      }
    }
    return h;
  }

  /** One list of per-label feature names per word. */
  List<List<String>> singles(List<String> words) {
    int n = words.size();
    String[] norm = new String[n];
    String[] stems = new String[n];
    for (int i = 0; i < n; i++) {
      norm[i] = WordForms.normalized(words.get(i));
      stems[i] = WordForms.stem(norm[i]);
    }
    String[] place = places(stems);
    String[] org = spans(stems, gazetteer::organisationAt);
    String[] known = spans(stems, lexicon::nameAt);
    String[][] classes = classes(norm, stems);
    String[] idNorm = new String[n];
    String[] idStems = new String[n];
    for (int i = 0; i < n; i++) {
      idNorm[i] = lexicon.knows(norm[i]) ? norm[i] : UNKNOWN;
      idStems[i] = lexicon.knows(stems[i]) ? stems[i] : UNKNOWN;
    }
    List<List<String>> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      List<String> f = word(words, new String[][] {norm, stems, idNorm, idStems}, place, i);
      addClasses(f, classes, norm, stems, i);
      addListed(f, place, org, i);
      addKnown(f, known, stems, i);
      all.add(f);
    }
    return all;
  }

  /** A name of several words that training data has, with its type, covering the word. */
  private void addKnown(List<String> f, String[] known, String[] stems, int i) {
    if (known[i] == null) {
      return;
    }
    int start = i;
    while (known[start].charAt(0) == 'I') {
      start--;
    }
    int len = known[i].charAt(1) - '0';
    String key = String.join(" ", java.util.Arrays.asList(stems).subList(start, start + len));
    f.add("known=" + known[i].charAt(0) + "-" + lexicon.type(key));
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

  /** Each word's classes ("3" …, one per granularity), from the word, else its stem. */
  private String[][] classes(String[] norm, String[] stems) {
    String[][] c = new String[norm.length][];
    for (int i = 0; i < norm.length; i++) {
      int[] k = clusters.of(norm[i]);
      if (k == null) {
        k = clusters.of(stems[i]);
      }
      c[i] = new String[clusters.sizes().length];
      for (int g = 0; g < c[i].length; g++) {
        c[i][g] = k == null ? "?" : Integer.toString(k[g]);
      }
    }
    return c;
  }

  /**
   * Word classes of the word and its neighbours at every granularity, the class of the
   * clitic-stripped stem, and the stripped clitic with the stem's class.
   */
  private void addClasses(List<String> f, String[][] classes, String[] norm, String[] stems,
      int i) {
    if (classes.length == 0 || classes[i].length == 0) {
      return;
    }
    for (int g = 0; g < classes[i].length; g++) {
      f.add("c" + g + "_0=" + classes[i][g]);
      f.add("c" + g + "_-1=" + (i > 0 ? classes[i - 1][g] : START));
      f.add("c" + g + "_+1=" + (i + 1 < classes.length ? classes[i + 1][g] : END));
    }
    int[] stem = clusters.of(stems[i]);
    if (stem != null && !stems[i].equals(norm[i])) {
      String pre = norm[i].substring(0, norm[i].length() - stems[i].length());
      for (int g = 0; g < stem.length; g++) {
        f.add("cs" + g + "=" + stem[g]);
        f.add("pre|cs" + g + "=" + pre + "|" + stem[g]);
      }
    }
    int mid = Math.min(1, classes[i].length - 1);
    f.add("c-1c=" + (i > 0 ? classes[i - 1][mid] : START) + "|" + classes[i][mid]);
    f.add("cc+1=" + classes[i][mid] + "|" + (i + 1 < classes.length ? classes[i + 1][mid]
        : END));
  }

  private String[] places(String[] stems) {
    return spans(stems, gazetteer::placeAt);
  }

  /** "B3"/"I3" … where a listed name of 3 words starts/goes on, else null. */
  private static String[] spans(String[] stems,
      java.util.function.BiFunction<String[], Integer, Integer> at) {
    String[] place = new String[stems.length];
    for (int i = 0; i < stems.length; i++) {
      int len = at.apply(stems, i);
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

  /** Forms: normalised words, stems, and both with unknown words replaced. */
  private List<String> word(List<String> words, String[][] forms, String[] place, int i) {
    String[] norm = forms[0];
    String[] stems = forms[1];
    String[] idNorm = forms[2];
    String[] idStems = forms[3];
    List<String> f = new ArrayList<>(40);
    String w = norm[i];
    String s = stems[i];
    f.add("bias");
    f.add("w=" + idNorm[i]);
    f.add("s=" + idStems[i]);
    f.add("w-1=" + at(idNorm, i - 1));
    f.add("w-2=" + at(idNorm, i - 2));
    f.add("w+1=" + at(idNorm, i + 1));
    f.add("w+2=" + at(idNorm, i + 2));
    f.add("s-1=" + at(idStems, i - 1));
    f.add("s+1=" + at(idStems, i + 1));
    f.add("w-1w=" + at(idNorm, i - 1) + "|" + idNorm[i]);
    f.add("ww+1=" + idNorm[i] + "|" + at(idNorm, i + 1));
    f.add("s-1s=" + at(idStems, i - 1) + "|" + idStems[i]);
    for (int k = 1; k <= 4 && k < s.length(); k++) {
      f.add("p" + k + "=" + s.substring(0, k));
      f.add("x" + k + "=" + s.substring(s.length() - k));
    }
    f.add("pre=" + w.substring(0, w.length() - Math.min(w.length(), s.length())));
    f.add("shape=" + WordForms.shape(words.get(i)));
    f.add("len=" + Math.min(s.length(), 8));
    boolean article = w.startsWith("ال") || (w.length() > 3 && w.startsWith("ال", 1));
    f.add("al=" + article);
    if (article && (w.endsWith("ي") || w.endsWith("يه")) && s.length() > 3) {
      f.add("nisba");
    }
    if (i + 1 < norm.length && norm[i + 1].startsWith("ال") && norm[i + 1].endsWith("ي")) {
      f.add("nisba+1");
    }
    addTriggers(f, stems, norm, i);
    addNames(f, stems, i);
    return f;
  }

  private void addTriggers(List<String> f, String[] stems, String[] norm, int i) {
    for (int k = 1; k <= 2; k++) {
      if (i - k >= 0 && gazetteer.personTrigger(stems[i - k])) {
        f.add("title-" + k);
      }
      if (i - k >= 0 && gazetteer.orgHead(stems[i - k])) {
        f.add("orghead-" + k);
      }
    }
    if (gazetteer.orgHead(stems[i])) {
      f.add("orghead");
    }
    if (gazetteer.personTrigger(stems[i])) {
      f.add("title");
    }
    if (i > 0 && gazetteer.speechVerb(norm[i - 1])) {
      f.add("said-1");
    }
    if (i + 1 < norm.length && gazetteer.speechVerb(norm[i + 1])) {
      f.add("said+1");
    }
  }

  private void addNames(List<String> f, String[] stems, int i) {
    for (int k = -1; k <= 1; k++) {
      int j = i + k;
      if (j < 0 || j >= stems.length) {
        continue;
      }
      if (gazetteer.firstName(stems[j])) {
        f.add("fname" + k);
      }
      String type = lexicon.type(stems[j]);
      if (type != null) {
        f.add("lex" + k + "=" + type);
      }
      String glued = withoutProclitic(stems[j]);  // "لبشار": a name behind a preposition
      if (glued != null && (gazetteer.firstName(glued) || lexicon.type(glued) != null)) {
        f.add("clitic-name" + k + "=" + (gazetteer.firstName(glued) ? "PERS"
            : lexicon.type(glued)));
      }
    }
  }

  /** The stem without a first letter that may be a glued ب ل ك, or {@code null}. */
  private static String withoutProclitic(String stem) {
    return stem.length() > 3 && "بلك".indexOf(stem.charAt(0)) >= 0 ? stem.substring(1) : null;
  }

  private static String at(String[] a, int i) {
    return i < 0 ? START : i >= a.length ? END : a[i];
  }
}
