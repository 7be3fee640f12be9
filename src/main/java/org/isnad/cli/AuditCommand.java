package org.isnad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.isnad.eval.audit.Audit;
import org.isnad.eval.audit.AuditResult;
import org.isnad.eval.audit.AuditResult.DateCheck;
import org.isnad.eval.audit.AuditResult.DateContradiction;
import org.isnad.eval.audit.AuditResult.SourceExcess;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code isnad audit}: gold-free warning signs in an analysis JSON. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = "Reads an analysis JSON written by 'isnad analyze -o' and prints warning signs "
        + "that need no gold: the largest story, the biggest event, independent sources against "
        + "publishers, corroborated events, publication dates against URL dates.",
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:the file was read (even if checks warn)", "2:usage error, or a missing, "
        + "unreadable or invalid file"})
final class AuditCommand implements Callable<Integer> {
  private static final String ROW = "%-40s %-34s %-9s %s%n";
  private static final int OUTLETS_SHOWN = 10;
  private static final int EVIDENCE_CHARS = 120;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ANALYSIS.json", description = "Analysis JSON from 'isnad analyze -o'.")
  Path file;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Examples to print for each failed check (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--json", description = "Print the result as JSON instead of the table.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    if (examples < 0) {
      throw new IllegalArgumentException("--examples must be 0 or more: " + examples);
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("analysis file not found or not readable: " + file);
    }
    AuditResult result = read();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      printJson(out, result.withExamples(examples));
    } else {
      printTable(out, result);
      printExamples(out, result);
    }
    out.flush();
    return 0;
  }

  private AuditResult read() {
    try {
      return Audit.read(file);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + file + ": "
          + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  private void printTable(PrintWriter out, AuditResult r) {
    out.printf("isnad audit %s%n", file);
    out.printf(ROW, "check", "value", "target", "status");
    out.printf(ROW, "articles / stories", r.articles() + " / " + r.stories(), "", "");
    if (r.largestStory() != null) {
      out.printf(ROW, "largest story (" + r.largestStory().id() + ")",
          r.largestStory().articles() + " articles, " + percent(r.largestStoryShare()),
          "<= " + percent(Audit.MAX_STORY_SHARE), verdict(r.storyOk()));
    }
    if (r.biggestEvent() != null) {
      out.printf(ROW, "biggest event (" + r.biggestEvent().id() + ")", r.biggestEvent().reports()
          + " reports, " + r.biggestEvent().articles() + " articles", "", "");
      out.printf("  %s%n", r.biggestEvent().summary());
    }
    out.printf(ROW, "independent > distinct outlets", r.sourceExcesses().size() + " of "
        + r.events() + " events", "0", verdict(r.sourcesOk()));
    out.printf(ROW, "events with independent >= 2", String.valueOf(r.multiSource()), "", "");
    out.printf(ROW, "corroborated / all events", share(r.corroborated(), r.events()), "", "");
    out.printf(ROW, "corroborated / dated asserted events",
        share(r.corroboratedDatedAsserted(), r.datedAsserted()), "", "");
    dateRow(out, "published contradicts URL day", r.dates());
    r.datesByBasis().forEach(d -> dateRow(out, "  basis " + d.basis(), d));
    out.printf(ROW, "articles with basis none", r.undated() + ", " + r.undatedWithUrlDay()
        + " with a URL day", "", "");
    out.printf(ROW, "events with conflicts", String.valueOf(r.eventsWithConflicts()), "", "");
    out.printf(ROW, "reports credited to their publisher",
        share(r.reportsFromPublisher(), r.reports()), "", "");
  }

  private static void dateRow(PrintWriter out, String name, DateCheck d) {
    out.printf(ROW, name, share(d.contradicting(), d.checkable()),
        "<= " + percent(Audit.MAX_DATE_CONTRADICTIONS),
        d.checkable() == 0 ? "n/a" : verdict(d.ok()));
  }

  private void printExamples(PrintWriter out, AuditResult r) {
    if (examples == 0) {
      return;
    }
    if (!r.storyOk()) {
      out.printf("%nlargest story %s: %d articles, first %s%n  %s%n", r.largestStory().id(),
          r.largestStory().articles(), r.largestStory().firstArticles(), r.largestStory().title());
    }
    if (!r.sourcesOk()) {
      out.printf("%nindependent > distinct outlets (%d of %d shown):%n",
          Math.min(examples, r.sourceExcesses().size()), r.sourceExcesses().size());
      r.sourceExcesses().stream().limit(examples).forEach(e -> excess(out, e));
    }
    if (!r.dates().ok()) {
      out.printf("%npublished contradicts URL day (%d of %d shown):%n",
          Math.min(examples, r.dateContradictions().size()), r.dateContradictions().size());
      r.dateContradictions().stream().limit(examples).forEach(c -> contradiction(out, c));
    }
  }

  private static void excess(PrintWriter out, SourceExcess e) {
    String outlets = String.join(", ", e.outlets().subList(0, Math.min(OUTLETS_SHOWN,
        e.outlets().size()))) + (e.outlets().size() > OUTLETS_SHOWN ? ", …" : "");
    out.printf("  %s  independent %d, outlets %d [%s]%n    %s%n", e.id(), e.independent(),
        e.outlets().size(), outlets, e.summary());
  }

  private static void contradiction(PrintWriter out, DateContradiction c) {
    out.printf("  %s  %s%n    URL day %s; published value %s, earliest %s, latest %s, basis %s%n"
        + "    evidence: %s%n", c.article(), c.url(), c.urlDay(), c.value(), c.earliest(),
        c.latest(), c.basis(), clip(c.evidence()));
  }

  private static void printJson(PrintWriter out, AuditResult r) throws IOException {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode node = mapper.valueToTree(r);
    ObjectNode checks = node.putObject("checks");
    checks.put("largestStory", verdict(r.storyOk()));
    checks.put("independentOverOutlets", verdict(r.sourcesOk()));
    checks.put("publishedAgainstUrlDay", r.dates().checkable() == 0 ? "n/a" : verdict(r.dates().ok()));
    out.println(mapper.writeValueAsString(node));
  }

  private static String verdict(boolean ok) {
    return ok ? "PASS" : "WARN";
  }

  private static String share(int part, int whole) {
    return part + "/" + whole + " (" + percent(whole == 0 ? 0 : (double) part / whole) + ")";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private static String clip(String s) {
    if (s == null) {
      return "-";
    }
    String flat = s.replaceAll("\\s+", " ");
    return flat.length() <= EVIDENCE_CHARS ? flat : flat.substring(0, EVIDENCE_CHARS) + "…";
  }
}
