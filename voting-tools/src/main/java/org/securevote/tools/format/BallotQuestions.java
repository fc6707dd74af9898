package org.securevote.tools.format;

import jakarta.json.stream.JsonGenerator;
import java.util.ArrayList;
import java.util.List;
import org.securevote.tools.crypto.BallotLayout;
import org.securevote.tools.crypto.ChoiceBounds;
import org.securevote.tools.crypto.CryptoRefusal;

/**
 * The further questions of a ballot, as the record's {@code election.questions} and BALLOTS.json's
 * {@code questions} list them: each takes the next {@code candidates} of the ballot's candidates,
 * after the election's own. Absent for a ballot of one question.
 */
public final class BallotQuestions {
  static final String FIELD = "questions";

  /** One further question: its title, its number of answers and how many a ballot chooses. */
  public record Question(String title, int candidates, ChoiceBounds choices) {}

  private BallotQuestions() {}

  /** The further questions written in f; empty when it has none. */
  static List<Question> read(Fields f) {
    List<Question> questions = new ArrayList<>();
    if (!f.has(FIELD)) {
      return questions;
    }
    for (Fields q : f.objects(FIELD)) {
      q.only("title", "candidates", "minChoices", "maxChoices");
      questions.add(
          new Question(q.text("title"), q.integer("candidates"), BallotJson.choiceBounds(q)));
    }
    if (questions.isEmpty()) {
      throw f.refuse(FIELD, "is empty; a ballot of one question has none");
    }
    return questions;
  }

  /** Writes the {@code questions} field, only for a ballot that has further questions. */
  public static void write(JsonGenerator g, List<Question> questions) {
    if (questions.isEmpty()) {
      return;
    }
    g.writeStartArray(FIELD);
    for (Question q : questions) {
      g.writeStartObject()
          .write("title", q.title())
          .write("candidates", q.candidates())
          .write("minChoices", q.choices().min())
          .write("maxChoices", q.choices().max())
          .writeEnd();
    }
    g.writeEnd();
  }

  /**
   * The ballot's layout: the election's own candidates (those before the further questions) within
   * its bounds, then each question's.
   *
   * @throws FormatRefusal (naming f's field) when the questions do not fit the candidates
   */
  static BallotLayout layout(Fields f, ChoiceBounds own, List<Question> further, int candidates) {
    try {
      return layout(own, further, candidates);
    } catch (CryptoRefusal e) {
      throw f.refuse(
          further.isEmpty() ? "maxChoices" : FIELD,
          "does not fit the " + candidates + " candidates: " + e.getMessage());
    }
  }

  /** As above; a CryptoRefusal when the questions do not fit. */
  public static BallotLayout layout(ChoiceBounds own, List<Question> further, int candidates) {
    int answers = further.stream().mapToInt(Question::candidates).sum();
    List<BallotLayout.Question> layout = new ArrayList<>();
    layout.add(new BallotLayout.Question(candidates - answers, own));
    further.forEach(q -> layout.add(new BallotLayout.Question(q.candidates(), q.choices())));
    return new BallotLayout(layout);
  }
}
