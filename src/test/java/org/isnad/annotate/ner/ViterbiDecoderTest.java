package org.isnad.annotate.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The decoder: the best valid label sequence of a tiny hand-made model. */
class ViterbiDecoderTest {
  private static final int L = PerceptronModel.LABELS;
  private static final int O = 0;
  private static final int B_PERS = NerLabels.index("B-PERS");
  private static final int I_PERS = NerLabels.index("I-PERS");
  private static final int B_LOC = NerLabels.index("B-LOC");
  private static final int I_LOC = NerLabels.index("I-LOC");

  private static float[][][] flat(int n) {
    return new float[n][L + 1][L];
  }

  @Test
  void aStrongPairOutweighsTheGreedyChoice() {
    // Word by word: B-LOC (2 > 1.5) then I-PERS would be invalid after it, so greedy ends up
    // with B-LOC O; the pair B-PERS → I-PERS makes B-PERS I-PERS the best whole sequence.
    float[][] emission = new float[2][L];
    emission[0][B_LOC] = 2f;
    emission[0][B_PERS] = 1.5f;
    emission[1][I_PERS] = 3f;
    float[][][] transition = flat(2);
    assertArrayEquals(new int[] {B_PERS, I_PERS},
        ViterbiDecoder.decode(emission, transition));
  }

  @Test
  void insideLabelsNeverStartANameOrChangeItsType() {
    float[][] emission = new float[3][L];
    emission[0][I_LOC] = 9f;  // I- at the start of a sentence: not allowed
    emission[1][B_PERS] = 20f;  // beats B-LOC then I-LOC (0 + 9)
    emission[2][I_LOC] = 9f;  // I-LOC after B-PERS: not allowed
    emission[2][O] = 0.5f;
    assertArrayEquals(new int[] {O, B_PERS, O}, ViterbiDecoder.decode(emission, flat(3)));
  }

  @Test
  void transitionsFromTheStartCount() {
    float[][] emission = new float[1][L];
    emission[0][B_LOC] = 1f;
    float[][][] transition = flat(1);
    transition[0][ViterbiDecoder.START][B_LOC] = -2f;
    assertArrayEquals(new int[] {O}, ViterbiDecoder.decode(emission, transition));
    assertArrayEquals(new int[0], ViterbiDecoder.decode(new float[0][L], flat(0)));
  }
}
