package org.securevote.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.securevote.audit.boundary.KeysetPage;
import org.securevote.audit.boundary.SuspicionQuery;
import org.securevote.audit.boundary.SuspicionRow;
import org.securevote.audit.boundary.SuspicionSearch;
import org.securevote.audit.boundary.SuspiciousActivity;
import org.securevote.audit.boundary.TrailEntry;
import org.securevote.audit.boundary.TrailExport;
import org.securevote.audit.boundary.TrailQuery;
import org.securevote.audit.boundary.TrailSearch;
import org.securevote.ballot.boundary.ElectionRecords;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;

/**
 * The auditors' read-only API under {@code /api/audit}, for machine clients with an auditor token
 * (Authorization: Bearer, see BearerSignIn); a session cookie is never enough here.
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@BearerOnly
@SecurityRequirement(name = Api.BEARER)
public class AuditorRecords {
  @Inject ElectionRecords records;
  @Inject SuspicionSearch suspicious;
  @Inject TrailSearch trail;
  @Inject TrailExport export;

  /**
   * A page of the audit trail, newest first, as the auditor's trail page filters it: {@code from}
   * (inclusive) and {@code to} (exclusive) as ISO-8601 instants (e.g. 2026-12-01T14:30:00Z), exact
   * {@code actor}, {@code action} and {@code election}; {@code olderThan} an entry number for the
   * next page (keyset); {@code size} 1 to 500 (default 100). {@code more}: older entries remain.
   */
  @GET
  @Path("trail")
  public KeysetPage<TrailEntry> trail(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("actor") String actor,
      @QueryParam("action") String action,
      @QueryParam("election") String election,
      @QueryParam("olderThan") String olderThan,
      @QueryParam("size") @DefaultValue("100") String size) {
    return trail.page(
        new TrailQuery(
            instant("from", from),
            instant("to", to),
            actor,
            action,
            election == null || election.isBlank() ? null : electionSubject(election),
            olderThan(olderThan),
            null,
            (int) number("size", size, 1, 500)));
  }

  /** The whole trail as CSV (docs/audit-trail.md), streamed, as the auditor's page exports it. */
  @GET
  @Path("trail.csv")
  @Produces("text/csv")
  public Response trailCsv() {
    StreamingOutput body =
        out -> export.writeCsv(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    return Response.ok(body, "text/csv; charset=UTF-8; header=present")
        .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"")
        .build();
  }

  private static Instant instant(String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new CallRefused(400, Text.of("api.notAnInstant", name));
    }
  }

  private static long number(String name, String value, long min, long max) {
    try {
      long n = Long.parseLong(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new CallRefused(
        400, Text.of("api.notANumber", name, String.valueOf(min), String.valueOf(max)));
  }

  private static String electionSubject(String election) {
    try {
      return new ElectionId(election.strip()).auditName();
    } catch (IllegalArgumentException e) {
      throw new CallRefused(400, Text.of("api.notAnElectionId"));
    }
  }

  /**
   * An election's record once its results are decrypted (auditors need not wait for publishing).
   */
  @GET
  @Path("elections/{id}/record")
  public Response record(@PathParam("id") String id) {
    return RecordJson.download(records, id);
  }

  /**
   * A page of suspicious events, newest first, as the auditor's page filters them: {@code from} and
   * {@code to} as for the trail, exact {@code account} and {@code reason} (one of {@link
   * SuspiciousActivity#REASONS}); {@code olderThan} an event id for the next page (keyset); {@code
   * size} 1 to 500 (default 100). {@code more}: older events remain.
   */
  @GET
  @Path("suspicious")
  public KeysetPage<SuspicionRow> suspicious(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("account") String account,
      @QueryParam("reason") String reason,
      @QueryParam("olderThan") String olderThan,
      @QueryParam("size") @DefaultValue("100") String size) {
    if (account != null && account.length() > 254) {
      throw new CallRefused(400, Text.of("api.accountTooLong"));
    }
    if (reason != null && !reason.isBlank() && !SuspiciousActivity.REASONS.contains(reason)) {
      throw new CallRefused(
          400, Text.of("api.notAReason", String.join(", ", SuspiciousActivity.REASONS)));
    }
    return suspicious.page(
        new SuspicionQuery(
            instant("from", from),
            instant("to", to),
            account,
            reason,
            olderThan(olderThan),
            null,
            (int) number("size", size, 1, 500)));
  }

  private static Long olderThan(String value) {
    return value == null || value.isBlank() ? null : number("olderThan", value, 1, Long.MAX_VALUE);
  }
}
