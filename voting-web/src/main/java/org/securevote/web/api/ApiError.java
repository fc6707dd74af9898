package org.securevote.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The body of every refusal: one sentence for the person or program that asked. */
public record ApiError(String error) {
  static Response response(int status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(new ApiError(message))
        .build();
  }
}
