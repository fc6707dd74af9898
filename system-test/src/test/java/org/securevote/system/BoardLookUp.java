package org.securevote.system;

import java.net.http.HttpResponse;
import java.util.Map;

/** Looks a tracker up on a bulletin board as its form does: posted, never in the address. */
final class BoardLookUp {
  private BoardLookUp() {}

  static HttpResponse<String> post(WebSession visitor, String election, String tracker) {
    return visitor.postForm("/public/board.xhtml?election=" + election, Map.of("tracker", tracker));
  }
}
