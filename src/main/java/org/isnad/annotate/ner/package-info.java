/**
 * The statistical name tagger: a first-order structured perceptron (averaged, Collins 2002)
 * decoded with Viterbi over BIO labels, on Arabic-aware word features (normalised forms,
 * clitic-stripped stems, affixes, word classes learnt from unlabelled text, gazetteers of
 * places and organisations, title and organisation-head trigger words, names and full names
 * of the training data, quotation context), trained on the ANERcorp train split
 * ({@code isnad train clusters}, then {@code isnad train ner}). An article is tagged as a whole
 * ({@link org.isnad.annotate.entity.NameTagger#tagAll}): a word cued as a person (after a title
 * or a given name, before a speech verb) in one of the 5 sentences on either side marks the same
 * word elsewhere. Tagging caches, per distinct word, the summed weights of the features that the
 * word gives itself and its neighbours, so only word and class bigrams and listed-name spans are
 * built per sentence.
 */
package org.isnad.annotate.ner;
