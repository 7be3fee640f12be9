package org.isnad.eval.quotes;

/**
 * A gold sentence of the quote gold: its place in SaudiNewsNet, its publisher, and the span of
 * the sentence before it (context for dropped subjects), or -1/-1.
 */
public record QuoteSentence(String sid, String file, int index, int start, int end, String sha1,
    String reference, String outlet, int contextStart, int contextEnd) {}
