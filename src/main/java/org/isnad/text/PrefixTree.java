package org.isnad.text;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Keys (strings) with a value each, looked up by the keys that begin a text: the longest such key
 * ({@link #longest}), or every one ({@link #eachPrefix}), in one walk over the text's characters
 * without cutting it into substrings. The first value given for a key is kept. Built once, then
 * read only: safe to share between threads once built and published.
 *
 * @param <V> the values
 */
public final class PrefixTree<V> {
  /** The first code unit of the Arabic block (U+0600-U+06FF). */
  private static final char ARABIC_BLOCK = '\u0600';
  /** How many children a node has before its Arabic ones are indexed by letter. */
  private static final int DENSE_FROM = 6;
  private final Node<V> root = new Node<>();
  private int size;

  private static final class Node<V> {
    private char[] labels = new char[0];
    @SuppressWarnings("unchecked")
    private Node<V>[] children = new Node[0];
    /** The children by letter of the Arabic block, once a node has {@value #DENSE_FROM}. */
    private Node<V>[] arabic;
    private V value;
    private boolean isKey;

    Node<V> child(char c) {
      Node<V>[] dense = arabic;
      if (dense != null && c >= ARABIC_BLOCK && c < ARABIC_BLOCK + 256) {
        return dense[c - ARABIC_BLOCK];
      }
      char[] l = labels;
      for (int i = 0; i < l.length; i++) {
        if (l[i] == c) {
          return children[i];
        }
      }
      return null;
    }

    Node<V> add(char c) {
      Node<V> child = child(c);
      if (child == null) {
        child = new Node<>();
        labels = Arrays.copyOf(labels, labels.length + 1);
        children = Arrays.copyOf(children, children.length + 1);
        labels[labels.length - 1] = c;
        children[children.length - 1] = child;
        if (labels.length >= DENSE_FROM) {
          index();
        }
      }
      return child;
    }

    /** Puts every child in the Arabic block in {@link #arabic}; the others stay in the list. */
    @SuppressWarnings("unchecked")
    private void index() {
      Node<V>[] dense = new Node[256];
      for (int i = 0; i < labels.length; i++) {
        if (labels[i] >= ARABIC_BLOCK && labels[i] < ARABIC_BLOCK + 256) {
          dense[labels[i] - ARABIC_BLOCK] = children[i];
        }
      }
      arabic = dense;
    }
  }

  /** Adds {@code key} with {@code value} unless the key is there already (the first one stays). */
  public void put(String key, V value) {
    Node<V> node = root;
    for (int i = 0; i < key.length(); i++) {
      node = node.add(key.charAt(i));
    }
    if (!node.isKey) {
      node.isKey = true;
      node.value = value;
      size++;
    }
  }

  /** How many keys there are. */
  public int size() {
    return size;
  }

  /**
   * The value of the longest key that {@code text} starts with at {@code from} and that ends by
   * {@code to}, or null.
   */
  public V longest(CharSequence text, int from, int to) {
    Node<V> node = root;
    V found = node.isKey ? node.value : null;
    for (int i = from; i < to; i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.isKey) {
        found = node.value;
      }
    }
    return found;
  }

  /** Whether some key begins {@code text} at {@code from} and ends by {@code to}. */
  public boolean anyPrefix(CharSequence text, int from, int to) {
    Node<V> node = root;
    if (node.isKey) {
      return true;
    }
    for (int i = from; i < to; i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        return false;
      }
      if (node.isKey) {
        return true;
      }
    }
    return false;
  }

  /**
   * Gives {@code action} the value of every key that {@code text} starts with at {@code from} and
   * that ends by {@code to}, shortest first.
   */
  public void eachPrefix(CharSequence text, int from, int to, Consumer<V> action) {
    Node<V> node = root;
    if (node.isKey) {
      action.accept(node.value);
    }
    for (int i = from; i < to; i++) {
      node = node.child(text.charAt(i));
      if (node == null) {
        return;
      }
      if (node.isKey) {
        action.accept(node.value);
      }
    }
  }
}
