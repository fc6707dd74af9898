package org.securevote.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** One visitor's cookie jar against the deployed application; redirects are not followed. */
public final class WebSession {
  private final CookieManager cookies;
  private final HttpClient http;

  public WebSession() {
    this(HttpClient.Version.HTTP_2);
  }

  /** With HTTP/1.1, concurrent requests of the session go over separate connections. */
  public WebSession(HttpClient.Version version) {
    this(new CookieManager(), version);
  }

  private WebSession(CookieManager cookies, HttpClient.Version version) {
    this.cookies = cookies;
    http =
        HttpClient.newBuilder()
            .version(version)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .sslContext(TestTls.trustingTheTestServer())
            .build();
  }

  /**
   * The same visitor (cookies) on new connections, so that no request goes out on a connection the
   * server may be closing after it sat idle.
   */
  public WebSession onNewConnections() {
    return new WebSession(cookies, http.version());
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(Deployed.url(path)).GET().build());
  }

  /** A GET with extra headers, e.g. {@code Authorization} for the audit API. */
  public HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(Deployed.url(path)).GET();
    headers.forEach(request::header);
    return send(request.build());
  }

  public HttpResponse<String> get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET().build());
  }

  /** Fills the sign-in form as a browser would, view state included, and submits it. */
  public HttpResponse<String> signIn(String email, String password) {
    return submit(
        get("/public/sign-in.xhtml").body(),
        "signIn",
        Map.of("signIn:email", email, "signIn:password", password, "signIn:submit", "Sign in"));
  }

  /**
   * Submits a form of a page as a browser would: its hidden and filled fields (view state
   * included), overridden by {@code values}, which also name the button pressed.
   */
  public HttpResponse<String> submit(String html, String formId, Map<String, String> values) {
    Element form = Jsoup.parse(html).getElementById(formId);
    if (form == null) {
      throw new IllegalStateException("No form " + formId + " in " + html);
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (Element input : form.select("input[name]")) {
      String type = input.attr("type");
      if (!type.equals("submit") && !type.equals("button")) {
        fields.put(input.attr("name"), input.attr("value"));
      }
    }
    fields.putAll(values);
    return postForm(form.attr("action"), fields);
  }

  public HttpResponse<String> postForm(String action, Map<String, String> fields) {
    return postForm(action, List.copyOf(fields.entrySet()));
  }

  /** A form post whose fields may repeat a name, as a group of checked boxes does. */
  public HttpResponse<String> postForm(String action, List<Map.Entry<String, String>> fields) {
    String body =
        fields.stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(Deployed.url(action))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  /** A request with a body and extra headers, e.g. a JSON call to the API. */
  public HttpResponse<String> send(
      String method, String path, String contentType, String body, Map<String, String> headers) {
    return send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** A request with a binary body, e.g. a multipart upload. */
  public HttpResponse<String> send(
      String method, String path, String contentType, byte[] body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(Deployed.url(path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    headers.forEach(request::header);
    return send(request.build());
  }

  /** A GET whose body goes to a file as it arrives (a download too big to hold as a string). */
  public HttpResponse<java.nio.file.Path> download(String path, java.nio.file.Path file) {
    return send(
        HttpRequest.newBuilder(Deployed.url(path)).GET().build(),
        HttpResponse.BodyHandlers.ofFile(file));
  }

  /** Follows one redirect from a response, as a browser would. */
  public HttpResponse<String> follow(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return get(redirect.uri().resolve(location));
  }

  /** Sets a cookie for the server, as a page's script would, e.g. {@code tz=Europe%2FBerlin}. */
  public void cookie(String name, String value) {
    HttpCookie cookie = new HttpCookie(name, value);
    cookie.setPath("/");
    cookie.setVersion(0);
    cookies.getCookieStore().add(Deployed.url("/"), cookie);
  }

  public Optional<String> sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return http.send(request, body);
    } catch (IOException e) {
      throw new IllegalStateException("Request to " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Sends a file through a page's upload form as a browser's multipart post: the form's hidden
   * fields, the pressed button and the file part.
   */
  public HttpResponse<String> upload(
      String page,
      String formId,
      String fileField,
      Map<String, String> button,
      String filename,
      String contentType,
      byte[] content) {
    return send(
        uploadRequest(page, formId, fileField, button, filename, contentType, content),
        HttpResponse.BodyHandlers.ofString());
  }

  /** As {@link #upload}, for a form that answers with a file: its bytes as sent. */
  public HttpResponse<byte[]> uploadForFile(
      String page,
      String formId,
      String fileField,
      Map<String, String> button,
      String filename,
      String contentType,
      byte[] content) {
    return send(
        uploadRequest(page, formId, fileField, button, filename, contentType, content),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpRequest uploadRequest(
      String page,
      String formId,
      String fileField,
      Map<String, String> button,
      String filename,
      String contentType,
      byte[] content) {
    String html = get(page).body();
    var form = Jsoup.parse(html).getElementById(formId);
    if (form == null) {
      throw new AssertionError("no form " + formId + " in " + html);
    }
    String boundary = "----secure-vote-test-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    Map<String, String> values = new HashMap<>();
    form.select("input[type=hidden]").forEach(i -> values.put(i.attr("name"), i.attr("value")));
    values.putAll(button);
    values.forEach(
        (name, value) ->
            body.writeBytes(
                ("--"
                        + boundary
                        + "\r\nContent-Disposition: form-data; name=\""
                        + name
                        + "\"\r\n\r\n"
                        + value
                        + "\r\n")
                    .getBytes(StandardCharsets.UTF_8)));
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + filename
                + "\"\r\nContent-Type: "
                + contentType
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(Deployed.url(form.attr("action")))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .build();
  }
}
