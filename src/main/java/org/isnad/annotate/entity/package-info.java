/**
 * Named things in articles: outlets and roles from word lists, people, places and organisations
 * from the statistical tagger, corrected by rules in this package's resource files (typed known
 * names, organisation and place head phrases, non-names, clitics outside spans).
 */
package org.isnad.annotate.entity;
