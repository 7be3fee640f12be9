/**
 * The statistical name tagger: an averaged perceptron over Arabic-aware word features
 * (normalised forms, clitic-stripped stems, affixes, gazetteers, title and organisation trigger
 * words, quotation context), trained on the ANERcorp train split ({@code isnad train ner}).
 */
package org.isnad.annotate.ner;
