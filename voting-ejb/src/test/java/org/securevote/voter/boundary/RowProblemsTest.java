package org.securevote.voter.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.securevote.platform.Text;
import org.securevote.voter.boundary.RollImportReport.RowProblem;

/** A roll import's texts as roll_import keeps them, read back in either language. */
class RowProblemsTest {
  private final Text problems =
      RowProblems.joined(
          List.of(
              Text.of("roll.problem.refTwice", "V-1"),
              Text.of("roll.problem.nameTooLong", 200),
              Text.of("roll.problem.notAnEmail", "ada@")));

  @Test
  void aRowsProblemsReadOneAfterTheOther() {
    assertEquals(
        "voter ID V-1 appears twice in the file; name is longer than 200 characters;"
            + " 'ada@' is not an email address",
        problems.english());
    assertEquals(
        "l’identifiant de votant V-1 figure deux fois dans le fichier ; le nom dépasse 200"
            + " caractères ; « ada@ » n’est pas une adresse e-mail",
        problems.in(Locale.FRENCH));
  }

  @Test
  void storedProblemsAreReadBackAsTheSameTexts() {
    List<RowProblem> rows =
        List.of(new RowProblem(3, "V-1", problems), new RowProblem(4, null, problems));
    List<RowProblem> read = RowProblems.read(RowProblems.json(rows));
    assertEquals(2, read.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(rows.get(i).line(), read.get(i).line());
      assertEquals(rows.get(i).voterRef(), read.get(i).voterRef());
      assertEquals(problems.english(), read.get(i).problems().english());
      assertEquals(problems.in(Locale.FRENCH), read.get(i).problems().in(Locale.FRENCH));
    }
  }

  @Test
  void aStoredFailureIsReadBackWithItsArguments() {
    Text tooMany = Text.of("roll.file.tooManyRows", 200_000);
    Text read = RowProblems.text(RowProblems.json(tooMany).toString());
    assertEquals("The file has more than 200,000 rows.", read.english());
    assertEquals(tooMany.in(Locale.FRENCH), read.in(Locale.FRENCH));
    assertNull(RowProblems.text(null));
  }

  @Test
  void wordsStoredBeforeTextsWereKeptByKeyAreShownAsTheyAre() {
    assertEquals("The import failed.", RowProblems.text("The import failed.").english());
  }
}
