package org.isnad.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

/** The job's caller mistakes: exit code 2 with the bad value, before Spark starts. */
class AnalyzeJobTest {
  @Test
  void anUnknownFormatIsExitTwoNamingIt() {
    StringWriter err = new StringWriter();
    int code = AnalyzeJob.commandLine().setErr(new PrintWriter(err, true))
        .execute("samples/seeds", "--out", "x", "--format", "xml");
    assertEquals(2, code);
    assertTrue(err.toString().contains("xml"), err.toString());
  }

  @Test
  void anInputThatMatchesNothingNamesIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.list(List.of("samples/no-such-folder"), new Configuration()));
    assertTrue(e.getMessage().contains("samples/no-such-folder"), e.getMessage());
  }

  @Test
  void aLocalFolderKeepsTheUsersSpellingAndSortedOrder() {
    InputFiles.Listing listing = InputFiles.list(List.of("samples/seeds"), new Configuration());
    assertEquals(5, listing.files().size());
    assertTrue(listing.files().get(0).source().startsWith("samples/seeds/000_"),
        listing.files().get(0).source());
    assertEquals(4, listing.files().get(4).index());
  }

  @Test
  void hiddenNamesAndMarkersAreNotRead() {
    assertTrue(InputFiles.hidden(".git/x"));
    assertTrue(InputFiles.hidden("_SUCCESS"));
    assertTrue(!InputFiles.hidden("a/b.warc.gz"));
  }
}
