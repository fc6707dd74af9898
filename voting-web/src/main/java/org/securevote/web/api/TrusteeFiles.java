package org.securevote.web.api;

import static org.securevote.account.entity.Role.Names.TRUSTEE;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.securevote.election.entity.ElectionId;
import org.securevote.platform.Text;
import org.securevote.trustee.boundary.CeremonyFile;
import org.securevote.trustee.boundary.CeremonyStep;
import org.securevote.trustee.boundary.KeyCeremony;
import org.securevote.web.support.ViewerLanguage;

/**
 * A signed-in trustee's files of the key ceremony, named as the trustees' tool names them, and the
 * same uploads as the trustee page for scripted trustees. Everything goes through {@link
 * KeyCeremony}, which checks each file with the tool's code.
 */
@Path("trustee/elections/{id}")
@RequestScoped
@SecurityRequirement(name = Api.COOKIE)
public class TrusteeFiles {
  private static final Pattern PUBLIC = Pattern.compile("trustee-(\\d{1,2})\\.public\\.json");

  @Inject KeyCeremony ceremony;
  @Context HttpServletRequest request;

  /** What a step did, in the client's language (Accept-Language), for a script to print. */
  public record StepDone(String electionId, String did, boolean completed) {}

  private StepDone done(CeremonyStep step) {
    return new StepDone(
        step.electionId(), step.did().in(ViewerLanguage.accepted(request)), step.completed());
  }

  @GET
  @Path("CEREMONY.json")
  public Response ceremonyFile(@PathParam("id") String id) {
    return download(ceremony.ceremonyFile(election(id)));
  }

  @GET
  @Path("publics/{name}")
  public Response publicFile(@PathParam("id") String id, @PathParam("name") String name) {
    Matcher m = PUBLIC.matcher(name);
    if (!m.matches()) {
      throw new CallRefused(404, Text.of("api.noSuchFile"));
    }
    return download(ceremony.publicFile(election(id), Integer.parseInt(m.group(1))));
  }

  /** The ceremony fingerprint as the tool prints it, in groups of four hex digits. */
  @GET
  @Path("fingerprint")
  @Produces(MediaType.TEXT_PLAIN)
  public String fingerprint(@PathParam("id") String id) {
    return ceremony.fingerprint(election(id)).grouped() + "\n";
  }

  @GET
  @Path("shares/{name}")
  public Response share(@PathParam("id") String id, @PathParam("name") String name) {
    return download(
        ceremony.sharesForMe(election(id)).stream()
            .filter(f -> f.name().equals(name))
            .findFirst()
            .orElseThrow(() -> new CallRefused(404, Text.of("api.noSuchShare"))));
  }

  /** Body: trustee-i.public.json as the tool wrote it. */
  @POST
  @Path("public-file")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public StepDone publish(@PathParam("id") String id, String file) {
    return done(ceremony.publish(election(id), file == null ? "" : file));
  }

  /** Body: one share-i-to-j.json as the tool wrote it. */
  @POST
  @Path("shares")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public StepDone sendShare(@PathParam("id") String id, String file) {
    return done(ceremony.sendShare(election(id), file == null ? "" : file));
  }

  @POST
  @Path("confirmation")
  @Produces(MediaType.APPLICATION_JSON)
  public StepDone confirm(@PathParam("id") String id) {
    return done(ceremony.confirm(election(id)));
  }

  private Response download(CeremonyFile file) {
    return Response.ok(file.text(), MediaType.APPLICATION_JSON_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
        .build();
  }

  private ElectionId election(String id) {
    if (request.getUserPrincipal() == null || !request.isUserInRole(TRUSTEE)) {
      throw new CallRefused(401, Text.of("api.signInAsTrustee"));
    }
    return new ElectionId(id); // malformed: IllegalArgumentException, a 404 (Refusals)
  }
}
