package org.isnad.eval.time;

/**
 * A gold sentence: where it lies in SaudiNewsNet and its reference date.
 *
 * @param sid sentence id
 * @param file the day's JSON file name, e.g. {@code 2015-07-24.json}
 * @param index position of the article in that file's array, from 0
 * @param start code point offset of the sentence in the article's {@code content}
 * @param end code point offset, exclusive
 * @param sha1 first 8 hex digits of the SHA-1 of the sentence text (UTF-8)
 * @param reference the day of {@code date_extracted}, {@code YYYY-MM-DD}
 */
public record GoldSentence(String sid, String file, int index, int start, int end, String sha1,
    String reference) {}
