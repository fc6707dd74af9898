package org.securevote.web.support;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewMetadata;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * Forms of the admin and voting pages post to the page's address with its view parameters (the
 * election's {@code id} or {@code election}, the list's {@code q}, {@code after}, {@code before},
 * the import's {@code job}), so the address a postback leaves in the browser still names what the
 * page shows and a reload finds it again. Other pages keep the plain action address.
 */
public class PostbackAddress extends ViewHandlerWrapper {
  private static final List<String> PAGES = List.of("/admin/", "/vote/");
  private static final String PLAIN = PostbackAddress.class.getName() + ".plain";

  public PostbackAddress(ViewHandler wrapped) {
    super(wrapped);
  }

  /** Links and redirects name their own parameters; Mojarra builds them from the action URL. */
  @Override
  public String getBookmarkableURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return plain(
        context, () -> super.getBookmarkableURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getRedirectURL(
      FacesContext context,
      String viewId,
      Map<String, List<String>> parameters,
      boolean includeViewParams) {
    return plain(
        context, () -> super.getRedirectURL(context, viewId, parameters, includeViewParams));
  }

  @Override
  public String getActionURL(FacesContext context, String viewId) {
    String url = super.getActionURL(context, viewId);
    UIViewRoot view = context.getViewRoot();
    if (context.getAttributes().containsKey(PLAIN)
        || viewId == null
        || PAGES.stream().noneMatch(viewId::startsWith)
        || view == null
        || !viewId.equals(view.getViewId())) {
      return url;
    }
    StringJoiner query = new StringJoiner("&");
    for (UIViewParameter parameter : ViewMetadata.getViewParameters(view)) {
      String value = parameter.getStringValue(context);
      if (value != null && !value.isEmpty()) {
        query.add(encode(parameter.getName()) + "=" + encode(value));
      }
    }
    if (query.length() == 0) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + query;
  }

  private static String plain(FacesContext context, Supplier<String> url) {
    context.getAttributes().put(PLAIN, Boolean.TRUE);
    try {
      return url.get();
    } finally {
      context.getAttributes().remove(PLAIN);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
