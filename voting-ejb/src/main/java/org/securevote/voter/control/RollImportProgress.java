package org.securevote.voter.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.securevote.voter.boundary.RollImportJob;
import org.securevote.voter.boundary.RollImportReport;

/** Where background roll imports stand, in this server's memory; the last 50 are kept. */
@ApplicationScoped
public class RollImportProgress {
  private static final int KEPT = 50;

  private final Map<String, RollImportJob> jobs =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RollImportJob> eldest) {
          return size() > KEPT;
        }
      };

  public synchronized void started(String id, int total) {
    jobs.put(id, new RollImportJob(id, total, 0, false, null, null));
  }

  public synchronized void advanced(String id, int written) {
    RollImportJob job = jobs.get(id);
    if (job != null) {
      jobs.put(id, new RollImportJob(id, job.total(), written, false, null, null));
    }
  }

  public synchronized void finished(String id, RollImportReport report, String failure) {
    RollImportJob job = jobs.get(id);
    int total = job == null ? 0 : job.total();
    int written = report == null ? 0 : report.written();
    jobs.put(id, new RollImportJob(id, total, written, true, report, failure));
  }

  public synchronized Optional<RollImportJob> job(String id) {
    return Optional.ofNullable(jobs.get(id));
  }
}
