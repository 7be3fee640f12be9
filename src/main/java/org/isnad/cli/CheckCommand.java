package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.isnad.Checking;
import org.isnad.check.CheckJson;
import org.isnad.check.ClaimCheck;
import org.isnad.check.ClaimChecker;
import org.isnad.check.ClaimRequest;
import org.isnad.check.ClaimReviewJson;
import org.isnad.check.ClaimsFile;
import org.isnad.check.StanceJudge;
import org.isnad.check.StoreCorpus;
import org.isnad.export.AtomicFile;
import org.isnad.model.Analysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code isnad check "CLAIM" INPUT… [-o OUT.json]}, {@code isnad check --claims CLAIMS.jsonl
 * INPUT… -o OUT.json}, and either with {@code --store DIR} instead of inputs: the stance of each
 * candidate article toward each claim, its origin, and the evidence summary. Evidence, never a
 * verdict. The stance model, the outputs and the options are checked before any work; a bad line
 * of the claims file is a problem of that claim, and the others are still checked.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {"Checks claims against news pages (or a store): which articles agree, "
        + "disagree or discuss each claim, through how many independent origins, who reported "
        + "first and how it spread. Evidence, never a verdict.",
        "Needs the stance model ./isnad train stance builds."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every claim checked (a bad claims line is a problem in the JSON)",
        "1:some inputs could not be read (listed on stderr)",
        "2:usage error: bad option, no claim, no input, missing stance model",
        "3:internal failure"})
final class CheckCommand implements Callable<Integer> {
  /** How check and serve load the judge of --stance-model (tests give a fake one). */
  static Function<Path, StanceJudge> judges = Checking::judge;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "CLAIM|INPUT",
      description = "The claim (unless --claims is given), then the inputs to analyse.")
  List<String> args = new ArrayList<>();

  @Option(names = "--claims", paramLabel = "CLAIMS.jsonl",
      description = "Check every claim of this file: one {\"id\": …, \"claim\": …, \"urls\": "
          + "[…]} a line (urls optional: only those articles are considered).")
  Path claims;

  @Option(names = "--store", paramLabel = "DIR", converter = StoreOption.class,
      description = "Check against the store in DIR (isnad add) instead of inputs."
          + StoreOption.HELP)
  Path store;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.json", defaultValue = "-",
      description = "Where to write the JSON (default: - for standard output).")
  String output;

  @Option(names = "--claimreview", paramLabel = "OUT.jsonld",
      description = "Also write schema.org ClaimReview JSON-LD (the rating left to you).")
  String claimReview;

  @Option(names = "--date-published", paramLabel = "DATE",
      description = "The ClaimReview's datePublished (ISO 8601 day); left out unless given.")
  java.time.LocalDate datePublished;

  @Option(names = "--stance-model", paramLabel = "FILE", defaultValue = Checking.DEFAULT_MODEL,
      description = "The stance model (default: ${DEFAULT-VALUE}; ./isnad train stance).")
  Path stanceModel;

  @Option(names = "--candidates", paramLabel = "N",
      defaultValue = "" + ClaimChecker.DEFAULT_CANDIDATES,
      description = "Articles judged per claim at most, 1 to " + ClaimChecker.MAX_CANDIDATES
          + " (default: ${DEFAULT-VALUE}).")
  int candidates;

  @Mixin RunOptions run;

  @Override
  public Integer call() {
    List<ClaimsFile.Line> lines = claimLines();
    List<String> inputs = claims == null ? args.subList(1, args.size()) : args;
    if (inputs.isEmpty() == (store == null)) {
      throw new IllegalArgumentException(inputs.isEmpty()
          ? "no inputs given: check needs INPUT… or --store DIR"
          : "check takes INPUT… or --store DIR, not both: " + inputs + " and " + store);
    }
    List<Target> targets = targets();
    OutputCheck.refuse(inputs, targets);
    run.checkThreads();
    StanceJudge judge = judges.apply(stanceModel);
    if (store != null) {
      try (StoreCorpus corpus = Checking.store(store)) {
        return write(checked(new ClaimChecker(judge, corpus, candidates), lines), targets,
            Exit.OK);
      }
    }
    Analysis analysis;
    try (TerminalProgress progress = run.progress()) {
      analysis = run.engine().analyze(inputs, progress);
    }
    report(analysis);
    return write(checked(Checking.over(analysis, judge, candidates), lines), targets,
        analysis.failures().isEmpty() ? Exit.OK : Exit.DOCUMENTS_FAILED);
  }

  /** The claims: the first argument, or the claims file's lines. */
  private List<ClaimsFile.Line> claimLines() {
    if (candidates < 1 || candidates > ClaimChecker.MAX_CANDIDATES) {
      throw new IllegalArgumentException("--candidates must be 1 to "
          + ClaimChecker.MAX_CANDIDATES + ": " + candidates);
    }
    if (claims != null) {
      return ClaimsFile.read(claims);
    }
    if (args.isEmpty()) {
      throw new IllegalArgumentException("no claim given: isnad check \"CLAIM\" INPUT… or "
          + "--claims CLAIMS.jsonl");
    }
    return List.of(new ClaimsFile.Line(1, new ClaimRequest(null, args.get(0), List.of()), null,
        null));
  }

  private static List<ClaimCheck> checked(ClaimChecker checker, List<ClaimsFile.Line> lines) {
    return lines.parallelStream().map(l -> l.request() == null
        ? ClaimCheck.failed(l.id(), null, l.problem()) : checker.check(l.request())).toList();
  }

  private List<Target> targets() {
    List<Target> all = new ArrayList<>();
    all.add(new Target("-o", output));
    if (claimReview != null) {
      all.add(new Target("--claimreview", claimReview));
    }
    return all;
  }

  private int write(List<ClaimCheck> checks, List<Target> targets, int code) {
    int result = code;
    for (Target target : targets) {
      byte[] bytes = target.option().equals("-o") ? CheckJson.of(checks)
          : ClaimReviewJson.of(checks, datePublished == null ? null : datePublished.toString());
      try {
        if (target.stdout()) {
          PrintWriter out = spec.commandLine().getOut();
          out.print(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
          out.flush();
        } else {
          AtomicFile.write(target.path(), out -> out.write(bytes));
        }
      } catch (IOException e) {
        spec.commandLine().getErr().println("isnad: could not write "
            + Failure.printable(target.toString()) + ": " + Failure.describe(e));
        result = Exit.INTERNAL;
      }
    }
    PrintWriter err = spec.commandLine().getErr();
    long problems = checks.stream().mapToLong(c -> c.problems().size()).sum();
    err.println(checks.size() + " claims, " + checks.stream().mapToInt(ClaimCheck::candidates)
        .sum() + " articles judged, " + problems + " problems");
    err.flush();
    return result;
  }

  private void report(Analysis analysis) {
    PrintWriter err = spec.commandLine().getErr();
    analysis.failures().forEach(f -> err.println("failed: " + Failure.printable(
        f.document().source() + ": " + f.error())));
    err.println(AnalyzeCommand.summary(analysis));
  }
}
