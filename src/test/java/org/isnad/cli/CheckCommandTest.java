package org.isnad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.isnad.check.FakeJudge;
import org.isnad.Checking;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code isnad check}: usage errors exit 2 naming the bad value, before any work; a missing
 * stance model names the file and the command that builds it; a bad line of a claims file is
 * that claim's problem and the others are checked (with a fake judge).
 */
class CheckCommandTest {
  private static final String COPIES = "src/test/resources/org/isnad/check/copies";
  private static final ObjectMapper JSON = new ObjectMapper();

  @AfterEach
  void realJudge() {
    CheckCommand.judges = Checking::judge;
  }

  private static CliRun fake() {
    CheckCommand.judges = model -> FakeJudge.of("الأسد", "بيسكوف");
    return new CliRun();
  }

  @Test
  void aMissingModelNamesItAndTheCommandThatBuildsIt(@TempDir Path dir) {
    CliRun run = new CliRun();
    Path model = dir.resolve("none.model");
    assertEquals(2, run.run("check", "ادعاء", COPIES, "--stance-model", model.toString(),
        "--no-progress"));
    assertTrue(run.err.toString().contains(model.toString()), run.err.toString());
    assertTrue(run.err.toString().contains("isnad train stance"), run.err.toString());
  }

  @Test
  void badOptionsExit2NamingTheValue(@TempDir Path dir) {
    CliRun run = fake();
    assertEquals(2, run.run("check", "ادعاء", COPIES, "--candidates", "0"));
    assertTrue(run.err.toString().contains("0"), run.err.toString());
    CliRun none = fake();
    assertEquals(2, none.run("check"));
    assertTrue(none.err.toString().contains("no claim"), none.err.toString());
    CliRun noInput = fake();
    assertEquals(2, noInput.run("check", "ادعاء"));
    assertTrue(noInput.err.toString().contains("no inputs"), noInput.err.toString());
    CliRun both = fake();
    assertEquals(2, both.run("check", "ادعاء", COPIES, "--store", dir.toString()));
    assertTrue(both.err.toString().contains(dir.toString()), both.err.toString());
    CliRun noStore = fake();
    assertEquals(2, noStore.run("check", "ادعاء", "--store", dir.toString()));
    assertTrue(noStore.err.toString().contains("no store in " + dir), noStore.err.toString());
    CliRun notANumber = fake();
    assertEquals(2, notANumber.run("check", "ادعاء", COPIES, "--candidates", "many"));
    assertTrue(notANumber.err.toString().contains("many"), notANumber.err.toString());
    CliRun badDate = fake();
    assertEquals(2, badDate.run("check", "ادعاء", COPIES, "--date-published", "tomorrow"));
    assertTrue(badDate.err.toString().contains("tomorrow"), badDate.err.toString());
  }

  @Test
  void aBadClaimsLineIsThatClaimsProblem(@TempDir Path dir) throws Exception {
    Path claims = dir.resolve("claims.jsonl");
    Files.writeString(claims, "{\"id\": \"a\", \"claim\": \"وصل الأسد إلى موسكو\"}\n"
        + "{oops\n"
        + "{\"id\": \"c\", \"claim\": \"غادر الأسد دمشق\", "
        + "\"urls\": [\"https://c.example/news/3\"]}\n",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.json");
    Path review = dir.resolve("out.jsonld");
    CliRun run = fake();
    assertEquals(0, run.run("check", "--claims", claims.toString(), COPIES, "-o",
        out.toString(), "--claimreview", review.toString(), "--no-progress", "--threads", "1"),
        run.err.toString());
    JsonNode json = JSON.readTree(out.toFile());
    assertEquals(3, json.get("claims").size());
    assertEquals(3, json.at("/claims/0/candidates").asInt());
    assertTrue(json.at("/claims/1/problems/0").asText().startsWith("line 2 is not JSON"));
    assertEquals(1, json.at("/claims/2/candidates").asInt());
    assertEquals("disagree", json.at("/claims/2/articles/0/stance").asText());
    assertEquals(2, JSON.readTree(review.toFile()).get("@graph").size());
    assertTrue(run.err.toString().contains("3 claims"), run.err.toString());
  }

  @Test
  void oneClaimToStandardOutput() throws Exception {
    CliRun run = fake();
    assertEquals(0, run.run("check", "وصل الأسد إلى موسكو", COPIES, "--no-progress",
        "--threads", "1"), run.err.toString());
    JsonNode json = JSON.readTree(run.out.toString());
    assertEquals(1, json.get("claims").size());
    assertEquals(2, json.at("/claims/0/summary/supporting/0/articles").size());
  }
}
