package org.securevote.tools.trustee;

import java.util.List;
import org.securevote.tools.format.ElectionRecord;
import org.securevote.tools.verify.RecordVerifier;
import org.securevote.tools.verify.Verdict;

/** verify: every check of an election record, one verdict line each; exit 1 if any fails. */
final class Verify {
  private Verify() {}

  static void run(Arguments args, Session session) {
    ElectionRecord record = ElectionRecord.read(args.path("record"));
    List<Verdict> verdicts = RecordVerifier.verify(record);
    verdicts.forEach(v -> session.out().println(v.line()));
    List<String> failed = verdicts.stream().filter(v -> !v.ok()).map(Verdict::check).toList();
    if (!failed.isEmpty()) {
      throw new ToolFailure(
          "the record of election "
              + record.election().id()
              + " fails "
              + failed.size()
              + " of "
              + verdicts.size()
              + " checks: "
              + String.join(", ", failed));
    }
    session
        .out()
        .println(
            "the record of election "
                + record.election().id()
                + " passes all "
                + verdicts.size()
                + " checks");
  }
}
