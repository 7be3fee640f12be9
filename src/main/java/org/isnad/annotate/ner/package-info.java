/**
 * The statistical name tagger: a first-order structured perceptron (averaged, Collins 2002)
 * decoded with Viterbi over BIO labels, on Arabic-aware word features (normalised forms,
 * clitic-stripped stems, affixes, word classes learnt from unlabelled text, gazetteers of
 * places and organisations, title and organisation-head trigger words, names and full names
 * of the training data, quotation context), trained on the ANERcorp train split
 * ({@code isnad train clusters}, then {@code isnad train ner}).
 */
package org.isnad.annotate.ner;
