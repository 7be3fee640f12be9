package org.isnad.store.search;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.AttributeSource;

/**
 * Emits each token, then its {@link CliticVariants} at the same position and with the same
 * offsets, so phrases still match and a highlight covers the word as written («بالأسد»).
 * Index-time only.
 */
final class CliticVariantFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final CliticVariants variants;
  private final boolean pronouns;
  private final Deque<String> pending = new ArrayDeque<>();
  private AttributeSource.State word;

  CliticVariantFilter(TokenStream input, CliticVariants variants, boolean pronouns) {
    super(input);
    this.variants = variants;
    this.pronouns = pronouns;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(word);
      term.setEmpty().append(pending.poll());
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    pending.addAll(variants.of(term.toString(), pronouns));
    if (!pending.isEmpty()) {
      word = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    word = null;
  }
}
