package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Anonymous requests with a very long URL are refused and harm nobody else. With HTTP/2 on, a few
 * of them made Payara 6.2025.9 answer later, ordinary requests of other visitors with 431.
 */
class LongUrlIT {

  @Test
  void requestsWithAVeryLongUrlLeaveEveryoneElsesRequestsUnharmed() {
    String longUrl = "/public/elections.xhtml?x=" + "A".repeat(9_000);
    for (int i = 0; i < 6; i++) {
      try {
        int status = new WebSession(HttpClient.Version.HTTP_2).get(longUrl).statusCode();
        assertTrue(status >= 400 && status < 500, "a 9 KB URL answered " + status);
      } catch (IllegalStateException e) {
        // the server may also close the connection: that is a refusal too
      }
    }
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < 64; i++) {
      HttpResponse<String> page =
          new WebSession(HttpClient.Version.HTTP_2).get("/public/elections.xhtml");
      statuses.merge(page.statusCode(), 1, Integer::sum);
    }
    assertEquals(Map.of(200, 64), statuses, "answers to 64 ordinary requests afterwards");
  }
}
