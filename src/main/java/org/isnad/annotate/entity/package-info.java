/** Named things in articles: outlets (from a word list), and later people, places and organisations. */
package org.isnad.annotate.entity;
