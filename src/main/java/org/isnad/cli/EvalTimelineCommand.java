package org.isnad.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.isnad.eval.timeline.Prf;
import org.isnad.eval.timeline.SystemRun;
import org.isnad.eval.timeline.TimelineEvaluation;
import org.isnad.eval.timeline.TimelineGold;
import org.isnad.eval.timeline.TimelineScorer;
import org.isnad.eval.timeline.TimelineScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code isnad eval timeline}: events, coreference, independent sources, days and stories. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    resourceBundle = GoldOptions.BUNDLE,
    description = "Runs the whole engine on the timeline gold's articles (SaudiNewsNet or baly2018) and scores "
        + "event reports, event coreference, independent source counts, days and stories.")
final class EvalTimelineCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin GoldOptions options = new GoldOptions("eval/timeline/gold.tsv",
      "../shared/data/saudinewsnet/dataset");

  @Option(names = "--mentions", description = "List isnad's event mentions with their events "
      + "and days.")
  boolean mentions;

  @Override
  public Integer call() throws IOException {
    TimelineGold g = TimelineGold.read(options.goldFile());
    SystemRun run = TimelineEvaluation.run(g, options.data, 2);
    TimelineScores s = new TimelineScorer().score(g, run);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("isnad eval timeline: %d articles, %d gold events, %d gold reports, %d isnad "
        + "mentions (%s)%n", g.articles().size(), s.goldEvents(), s.goldReports(),
        s.systemMentions(), options.gold);
    out.printf("%-34s %9s %7s %7s%n", "", "precision", "recall", "F1");
    row(out, "reports (type + sentence)", s.reports());
    row(out, "triggers (word overlap, any type)", s.triggers());
    row(out, "coreference B-cubed (matched)", s.bcubed());
    row(out, "coreference pairwise (matched)", s.pairwise());
    row(out, "stories pairwise (articles)", s.stories());
    out.printf("independent sources right: %d/%d events (%.3f), mean difference %.2f%n",
        s.sourcesRight(), s.goldEvents(), ratio(s.sourcesRight(), s.goldEvents()),
        s.sourcesError());
    out.printf("  of the %d events isnad found: %d right (%.3f), %d counted too high%n",
        s.foundEvents(), s.sourcesRight(), ratio(s.sourcesRight(), s.foundEvents()),
        s.sourcesHigh());
    out.printf("days right: %d/%d dated events (%.3f)%n", s.datesRight(), s.datedEvents(),
        ratio(s.datesRight(), s.datedEvents()));
    out.printf("modality right: %d/%d matched reports (%.3f)%n", s.modalityRight(), s.matched(),
        ratio(s.modalityRight(), s.matched()));
    if (options.errors) {
      s.errors().forEach(out::println);
    }
    if (mentions) {
      out.println("stories: " + new java.util.TreeMap<>(run.storyOf()));
      run.mentions().forEach(m -> out.printf("%s @%d %s %s %s %s %s%n", m.article(),
          m.triggerStart(), m.trigger(), m.type(), m.modality(), m.event(), m.when()));
    }
    out.flush();
    return 0;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static void row(PrintWriter out, String name, Prf prf) {
    out.printf("%-34s %9.3f %7.3f %7.3f%n", name, prf.precision(), prf.recall(), prf.f1());
  }
}
