package org.securevote.web.audit;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.securevote.audit.boundary.TrailExport;

/**
 * The whole audit trail as CSV (docs/audit-trail.md), streamed as it is read. Under /audit for
 * auditors and /admin for admins, so web.xml's constraints let only those two roles in.
 */
@WebServlet(urlPatterns = {"/audit/trail.csv", "/admin/audit-trail.csv"})
public class TrailDownload extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Inject transient TrailExport export;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/csv; charset=UTF-8; header=present");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
    response.setHeader("Cache-Control", "no-store");
    export.writeCsv(response.getWriter());
  }
}
