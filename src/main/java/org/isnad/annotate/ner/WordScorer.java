package org.isnad.annotate.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * The summed weights of a word's own features ({@link NerFeatures#own}) and of those it gives a
 * neighbour ({@link NerFeatures#neighbour}), found mostly without building feature strings:
 * features of a tag and a value (a token, a range of the stem's letters) go through
 * {@link TaggedRows}. Rows are added in the order of the feature lists, so every sum is
 * bit-identical to {@link #scores(List, boolean)} over the built strings. Thread safe.
 */
final class WordScorer {
  private static final WordAffixes AFFIXES = WordAffixes.bundled();
  private static final int L = PerceptronModel.LABELS;
  private static final int P = PerceptronModel.PAIRS;
  private final PerceptronModel model;
  private final NerGazetteer gazetteer;
  private final NameLexicon lexicon;
  private final WordClusters clusters;
  private final int granularities;
  private final TaggedRows rows;
  private final TaggedRows pairRows;
  private final List<String> tags = new ArrayList<>();
  private final int w;
  private final int s;
  private final int pre;
  private final int shape;
  private final int[] prefix = new int[5];
  private final int[] suffix = new int[5];
  private final int[] ownClass;
  private final int[] stemClass;
  private final int[] preStemClass;
  /** By offset index ({@link NerFeatures#OFFSETS}): "w-2=" …, "s-1=", "c0_-1=" …, "lex-1=". */
  private final int[] neighbourWord;
  private final int[] neighbourStem;
  private final int[][] neighbourClass;
  private final int[] lex;
  private final String[] len = new String[9];
  private final String[] title;
  private final String[] orgHead;
  private final String[] fname;
  private final String[] said;

  WordScorer(PerceptronModel model, NerGazetteer gazetteer) {
    this.model = model;
    this.gazetteer = gazetteer;
    this.lexicon = model.lexicon();
    this.clusters = model.clusters();
    this.granularities = clusters.sizes().length;
    w = tag("w=");
    s = tag("s=");
    pre = tag("pre=");
    shape = tag("shape=");
    for (int k = 1; k <= 4; k++) {
      prefix[k] = tag("p" + k + "=");
      suffix[k] = tag("x" + k + "=");
    }
    ownClass = new int[granularities];
    stemClass = new int[granularities];
    preStemClass = new int[granularities];
    for (int g = 0; g < granularities; g++) {
      ownClass[g] = tag("c" + g + "_0=");
      stemClass[g] = tag("cs" + g + "=");
      preStemClass[g] = tag("pre|cs" + g + "=");
    }
    int offsets = NerFeatures.OFFSETS.length;
    neighbourWord = new int[offsets];
    neighbourStem = new int[offsets];
    neighbourClass = new int[offsets][granularities];
    title = new String[offsets];
    orgHead = new String[offsets];
    fname = new String[offsets + 1];
    said = new String[offsets];
    lex = new int[offsets + 1];
    for (int o = 0; o < offsets; o++) {
      int k = NerFeatures.OFFSETS[o];
      String side = k < 0 ? "-" : "+";
      neighbourWord[o] = tag("w" + side + Math.abs(k) + "=");
      neighbourStem[o] = tag("s" + side + "1=");
      for (int g = 0; g < granularities; g++) {
        neighbourClass[o][g] = tag("c" + g + "_" + side + "1=");
      }
      title[o] = "title" + k;
      orgHead[o] = "orghead" + k;
      fname[o] = "fname" + k;
      said[o] = "said" + side + "1";
      lex[o] = tag("lex" + k + "=");
    }
    fname[offsets] = "fname0";
    lex[offsets] = tag("lex0=");
    for (int n = 0; n < len.length; n++) {
      len[n] = "len=" + n;
    }
    String[] all = tags.toArray(String[]::new);
    rows = new TaggedRows(all, model.index());
    pairRows = new TaggedRows(all, model.pairIndex());
  }

  private int tag(String tag) {
    int at = tags.indexOf(tag);
    if (at >= 0) {
      return at;
    }
    tags.add(tag);
    return tags.size() - 1;
  }

  /** Summed weights: one per label, and one per (previous label, label) or null when all 0. */
  record Sums(float[] single, float[] pairs) {}

  /** The sums of a word's own features, with the pair bias: as {@link NerFeatures#own}. */
  Sums own(NerFeatures.Lexeme x) {
    Sum sum = new Sum();
    sum.fixed("bias");
    sum.pair(model.pairRow("bias"));
    String word = x.norm();
    String stem = x.stem();
    sum.tagged(w, x.idNorm(), false);
    sum.tagged(s, x.idStem(), true);
    int n = stem.length();
    for (int k = 1; k <= 4 && k < n; k++) {
      sum.range(prefix[k], stem, 0, k, false);
      sum.range(suffix[k], stem, n - k, n, k == 2);
    }
    sum.range(pre, word, 0, word.length() - Math.min(word.length(), n), false);
    sum.tagged(shape, WordForms.shape(x.word()), true);
    sum.fixed(len[Math.min(n, 8)]);
    boolean article = AFFIXES.hasArticle(word);
    sum.fixed(article ? "al=true" : "al=false");
    if (article && AFFIXES.hasNisbaEnding(word) && n > 3) {
      sum.fixed("nisba");
    }
    if (x.is(NerFeatures.ORG_HEAD)) {
      sum.fixed("orghead");
    }
    if (x.is(NerFeatures.TRIGGER)) {
      sum.fixed("title");
    }
    addName(sum, x, 0, NerFeatures.OFFSETS.length);
    ownClasses(sum, x);
    return sum.sums();
  }

  /** The sums of the features a word gives the word at offset index {@code o}. */
  Sums neighbour(NerFeatures.Lexeme x, int o) {
    int k = NerFeatures.OFFSETS[o];
    Sum sum = new Sum();
    sum.tagged(neighbourWord[o], x.idNorm(), k == 1);
    if (k == -2 || k == -1) {
      if (x.is(NerFeatures.TRIGGER)) {
        sum.fixed(title[o]);
      }
      if (x.is(NerFeatures.ORG_HEAD)) {
        sum.fixed(orgHead[o]);
      }
    }
    if (Math.abs(k) == 1) {
      sum.tagged(neighbourStem[o], x.idStem(), false);
      for (int g = 0; g < x.classes().length; g++) {
        sum.tagged(neighbourClass[o][g], x.classes()[g], false);
      }
      if (k == 1 && AFFIXES.isNextNisba(x.norm())) {
        sum.fixed("nisba+1");
      }
      if (x.is(NerFeatures.SPEECH_VERB)) {
        sum.fixed(said[o]);
      }
      addName(sum, x, k, o);
    }
    return sum.sums();
  }

  /** As {@code NerFeatures.addName}: {@code at} is the offset index (own word: the last). */
  private void addName(Sum sum, NerFeatures.Lexeme x, int k, int at) {
    String stem = x.stem();
    if (x.is(NerFeatures.FIRST_NAME)) {
      sum.fixed(fname[at]);
    }
    String type = lexicon.type(stem);
    if (type != null) {
      sum.tagged(lex[at], type, k == 0);
    }
    String glued = AFFIXES.withoutProclitic(stem);
    if (glued != null && (gazetteer.firstName(glued) || lexicon.type(glued) != null)) {
      sum.fixed("clitic-name" + k + "=" + (gazetteer.firstName(glued) ? "PERS"
          : lexicon.type(glued)));
    }
  }

  /** As {@code NerFeatures.ownClasses}. */
  private void ownClasses(Sum sum, NerFeatures.Lexeme x) {
    String[] classes = x.classes();
    if (classes.length == 0) {
      return;
    }
    for (int g = 0; g < classes.length; g++) {
      sum.tagged(ownClass[g], classes[g], g == 1);
    }
    int[] stem = clusters.of(x.stem());
    if (stem != null && !x.stem().equals(x.norm())) {
      int pre = x.norm().length() - x.stem().length();
      for (int g = 0; g < stem.length; g++) {
        String c = Integer.toString(stem[g]);
        sum.tagged(stemClass[g], c, false);
        sum.add(rows.row(preStemClass[g], x.norm(), 0, pre, '|', c));
      }
    }
  }

  /** The summed weights of {@code single}, with the pair bias when {@code bias}. */
  Sums scores(List<String> single, boolean bias) {
    Sum sum = new Sum();
    for (String f : single) {
      sum.add(model.row(f));
    }
    for (String f : bias ? NerFeatures.pairs(single) : pairsOf(single)) {
      sum.pair(model.pairRow(f));
    }
    return sum.sums();
  }

  private static List<String> pairsOf(List<String> single) {
    List<String> pairs = new ArrayList<>();
    NerFeatures.addPairs(single, pairs);
    return pairs;
  }

  /** Weights summed row by row, in the order the features come. */
  private final class Sum {
    private final float[] single = new float[L];
    private final float[] pairs = new float[P];

    void add(int row) {
      if (row >= 0) {
        model.addRow(row, single, 0);
      }
    }

    void pair(int row) {
      if (row >= 0) {
        model.addPairRow(row, pairs, 0);
      }
    }

    /** A feature of a fixed string (it has its hash already, or is rare). */
    void fixed(String f) {
      add(model.row(f));
      if (NerFeatures.isPair(f)) {
        pair(model.pairRow(f));
      }
    }

    void tagged(int t, String value, boolean isPair) {
      add(rows.row(t, value));
      if (isPair) {
        pair(pairRows.row(t, value));
      }
    }

    void range(int t, String s, int start, int end, boolean isPair) {
      add(rows.row(t, s, start, end));
      if (isPair) {
        pair(pairRows.row(t, s, start, end));
      }
    }

    Sums sums() {
      for (float v : pairs) {
        if (v != 0f) {
          return new Sums(single, pairs);
        }
      }
      return new Sums(single, null);
    }
  }
}
