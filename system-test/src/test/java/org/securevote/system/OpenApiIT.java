package org.securevote.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole JSON API is described at {@code /openapi}: every resource method of web.api, found by
 * reflection (so a new one cannot be left out), with the bearer and cookie security schemes.
 */
class OpenApiIT {
  private static final String PACKAGE = "org/securevote/web/api";
  private static JsonObject description;

  @BeforeAll
  static void fetch() {
    HttpResponse<String> response =
        new WebSession().get("/openapi", Map.of("Accept", "application/json"));
    assertEquals(200, response.statusCode(), response.body());
    description = Json.createReader(new StringReader(response.body())).readObject();
  }

  @Test
  void everyResourceMethodIsDescribed() throws Exception {
    JsonObject paths = description.getJsonObject("paths");
    List<String> missing = new ArrayList<>();
    List<String> operations = operations();
    assertTrue(operations.size() >= 20, "found the resource methods: " + operations);
    for (String operation : operations) {
      String[] methodAndPath = operation.split(" ", 2);
      JsonObject path = paths.getJsonObject(methodAndPath[1]);
      if (path == null || !path.containsKey(methodAndPath[0].toLowerCase())) {
        missing.add(operation);
      }
    }
    assertEquals(List.of(), missing, "described paths: " + paths.keySet());
  }

  @Test
  void auditCallsTakeTheBearerSchemeAndSessionCallsTheCookie() {
    JsonObject schemes = description.getJsonObject("components").getJsonObject("securitySchemes");
    assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
    assertEquals("JWT", schemes.getJsonObject("bearer").getString("bearerFormat"));
    assertEquals("cookie", schemes.getJsonObject("cookie").getString("in"));
    assertEquals(
        List.of("bearer"), schemesOf("/api/audit/suspicious", "get"), "the audit API's scheme");
    assertEquals(List.of("cookie"), schemesOf("/api/vote/elections", "get"), "a voter's scheme");
    assertEquals(List.of(), schemesOf("/api/public/elections", "get"), "public calls need none");
  }

  @Test
  void theYamlFormIsServedToo() {
    HttpResponse<String> response = new WebSession().get("/openapi");
    assertEquals(200, response.statusCode());
    assertTrue(response.body().contains("/api/audit/suspicious"), response.body());
  }

  private static List<String> schemesOf(String path, String method) {
    JsonObject operation =
        description.getJsonObject("paths").getJsonObject(path).getJsonObject(method);
    JsonArray security = operation.getJsonArray("security");
    if (security == null) {
      return List.of();
    }
    return security.stream()
        .map(JsonValue::asJsonObject)
        .flatMap(s -> s.keySet().stream())
        .toList();
  }

  /** "GET /api/…" for every resource method of the API's classes. */
  private static List<String> operations() throws Exception {
    List<String> operations = new ArrayList<>();
    for (Class<?> resource : apiClasses()) {
      Path root = resource.getAnnotation(Path.class);
      if (root == null) {
        continue;
      }
      for (Method method : resource.getMethods()) {
        for (Annotation annotation : method.getAnnotations()) {
          HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
          if (http != null) {
            Path sub = method.getAnnotation(Path.class);
            operations.add(http.value() + " " + join(root.value(), sub == null ? "" : sub.value()));
          }
        }
      }
    }
    return operations;
  }

  private static String join(String classPath, String methodPath) {
    String path = ("/api/" + classPath + "/" + methodPath).replaceAll("/+", "/");
    path = path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
    List<String> names = new ArrayList<>();
    for (URL url : Collections.list(OpenApiIT.class.getClassLoader().getResources(PACKAGE))) {
      if (url.getProtocol().equals("jar")) {
        String jar = url.getPath().substring("file:".length(), url.getPath().indexOf('!'));
        try (JarFile file = new JarFile(jar)) {
          file.stream()
              .map(e -> e.getName())
              .filter(n -> n.matches(PACKAGE + "/[^/$]+\\.class"))
              .forEach(names::add);
        }
      } else {
        try (Stream<java.nio.file.Path> files = Files.list(Paths.get(url.toURI()))) {
          files
              .map(f -> PACKAGE + "/" + f.getFileName())
              .filter(n -> n.matches(PACKAGE + "/[^/$]+\\.class"))
              .forEach(names::add);
        }
      }
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      try {
        classes.add(
            Class.forName(
                name.replace('/', '.').replace(".class", ""),
                false,
                OpenApiIT.class.getClassLoader()));
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("Cannot load " + name, e);
      }
    }
    return classes;
  }
}
