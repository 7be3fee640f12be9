package org.isnad.annotate.quote;

/**
 * A relay or source named in a sentence: its span in the normalised text, and the outlet's usual
 * name when it is a known outlet.
 */
record Ref(int start, int end, String canonical) {}
