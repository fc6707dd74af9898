package org.securevote.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JSON API under {@code /api}: {@code /api/public/…} for anyone, {@code /api/vote/…} for a
 * signed-in voter. It calls the same boundaries as the pages, so the same interceptors (voting
 * window, election networks) and roles apply.
 */
@ApplicationPath("/api")
public class Api extends Application {}
