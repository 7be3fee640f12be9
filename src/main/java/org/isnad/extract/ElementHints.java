package org.isnad.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.isnad.model.DropReason;
import org.jsoup.nodes.Element;

/**
 * What an HTML element's tag, class and id say about it, from the rule files under
 * {@code html/}: {@code block-tags.txt} (elements that make a paragraph of their own),
 * {@code furniture-tags.txt} (elements that are never article text) and
 * {@code element-hints.txt} (class/id words such as {@code related}, {@code share},
 * {@code sidebar}).
 *
 * <p>Rules:
 * <ul>
 *   <li>a class name or id is split into lower-case words at {@code - _ .}, digits and camelCase
 *       ({@code relatedPosts} → related, posts); an entry matches a name when the entry's words
 *       appear in it consecutively;
 *   <li>an element is furniture when one of its names matches a furniture entry, unless another
 *       of its names matches only {@code [content]} words ({@code main-content with-sidebar});
 *       a name giving a precise reason wins over one giving {@code non-content}
 *       ({@code widget widget_popular} is a related list);
 *   <li>class/id hints are only read on block elements other than {@code html}, {@code body}
 *       and {@code article}, so a link or span inside a sentence never loses its text.
 * </ul>
 * Immutable and thread safe; {@link #bundled()} is loaded once.
 */
final class ElementHints {
  private record Entry(List<String> words, DropReason reason) {}

  private static final class Holder {
    static final ElementHints BUNDLED = new ElementHints(
        ResourceLines.read("html/element-hints.txt"),
        ResourceLines.read("html/furniture-tags.txt"),
        ResourceLines.read("html/block-tags.txt"));
  }

  private static final String SILENT = "silent";
  private static final Set<String> UNHINTED = Set.of("html", "body", "article");
  private final List<Entry> entries;
  private final Map<String, DropReason> tagReasons = new HashMap<>();
  private final Set<String> silentTags = new HashSet<>();
  private final Set<String> blockTags;

  private ElementHints(List<String> hintLines, List<String> tagLines, List<String> blockLines) {
    this.entries = parseEntries(hintLines);
    for (String line : tagLines) {
      String[] parts = line.split("\\s+");
      if (parts.length != 2) {
        throw new IllegalStateException("bad line in html/furniture-tags.txt: " + line);
      }
      if (parts[1].equals(SILENT)) {
        silentTags.add(parts[0]);
      } else {
        tagReasons.put(parts[0], reason(parts[1]));
      }
    }
    this.blockTags = Set.copyOf(blockLines);
  }

  static ElementHints bundled() {
    return Holder.BUNDLED;
  }

  private static List<Entry> parseEntries(List<String> lines) {
    List<Entry> parsed = new ArrayList<>();
    DropReason section = null;
    boolean content = false;
    for (String line : lines) {
      if (line.startsWith("[") && line.endsWith("]")) {
        String code = line.substring(1, line.length() - 1);
        content = code.equals("content");
        section = content ? null : reason(code);
      } else if (content || section != null) {
        parsed.add(new Entry(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")), section));
      } else {
        throw new IllegalStateException("entry before any section in element-hints.txt: " + line);
      }
    }
    return List.copyOf(parsed);
  }

  private static DropReason reason(String code) {
    for (DropReason reason : DropReason.values()) {
      if (reason.code().equals(code)) {
        return reason;
      }
    }
    throw new IllegalStateException("unknown drop reason in html rule file: " + code);
  }

  /** True for elements whose text is a paragraph of its own ({@code p}, {@code div}, …). */
  boolean isBlock(Element element) {
    return blockTags.contains(element.normalName());
  }

  /** True for elements dropped without a trace: scripts, styles, form controls, media. */
  boolean isSilent(Element element) {
    return silentTags.contains(element.normalName());
  }

  /** Why the element is page furniture, or {@code null} when nothing says it is. */
  DropReason furniture(Element element) {
    DropReason byTag = tagReasons.get(element.normalName());
    if (byTag != null) {
      return byTag;
    }
    if (!isBlock(element) || UNHINTED.contains(element.normalName())) {
      return null;
    }
    DropReason found = null;
    boolean rescued = false;
    for (List<String> name : names(element)) {
      DropReason reason = match(name);
      if (reason != null) {
        found = found == null || found == DropReason.NON_CONTENT ? reason : found;
      } else if (isContentName(name)) {
        rescued = true;
      }
    }
    return rescued ? null : found;
  }

  /** True when a class name or the id of the element is made of {@code [content]} words. */
  boolean isContentNamed(Element element) {
    for (List<String> name : names(element)) {
      if (match(name) == null && isContentName(name)) {
        return true;
      }
    }
    return false;
  }

  private DropReason match(List<String> name) {
    for (Entry entry : entries) {
      if (entry.reason() != null && contains(name, entry.words())) {
        return entry.reason();
      }
    }
    return null;
  }

  private boolean isContentName(List<String> name) {
    for (Entry entry : entries) {
      if (entry.reason() == null && contains(name, entry.words())) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<String> name, List<String> words) {
    for (int start = 0; start + words.size() <= name.size(); start++) {
      if (name.subList(start, start + words.size()).equals(words)) {
        return true;
      }
    }
    return false;
  }

  /** The element's class names and id, each split into lower-case words. */
  static List<List<String>> names(Element element) {
    List<List<String>> names = new ArrayList<>();
    for (String name : element.classNames()) {
      addWords(name, names);
    }
    addWords(element.id(), names);
    return names;
  }

  private static void addWords(String name, List<List<String>> out) {
    String spaced = name.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    for (String word : spaced.split("[^a-z]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    if (!words.isEmpty()) {
      out.add(words);
    }
  }
}
