package dev.cprops.mock.portal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders pages in the portal's layout (header, navigation, flash message, the session's write
 * token) and the error pages.
 */
final class Pages {
  private final Templates templates;

  Pages(Templates templates) {
    this.templates = templates;
  }

  /** A model with what every page of this session shows. */
  static Map<String, Object> model(Exchange exchange, String title, String section) {
    Session session = exchange.session();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", title);
    model.put("csrf", session.csrfToken());
    model.put("signedIn", session.signedIn());
    model.put("vendor", session.vendor());
    model.put("partner", session.partner());
    model.put("who", session.vendor() ? "Vendor" : "Partner " + session.partnerKey());
    model.put("nav_" + section, true);
    return model;
  }

  /** A whole page. */
  PortalResponse page(int status, String template, Exchange exchange, Map<String, Object> model) {
    String flash = exchange.session().takeFlash();
    if (flash != null) {
      model.put("flash", flash);
    }
    return PortalResponse.html(status, templates.render(template, model));
  }

  PortalResponse page(String template, Exchange exchange, Map<String, Object> model) {
    return page(200, template, exchange, model);
  }

  /** A fragment for htmx to swap in. */
  PortalResponse fragment(String template, Map<String, Object> model) {
    return PortalResponse.html(200, templates.render(template, model));
  }

  /** An error page in the layout, e.g. 403 "You cannot open this page". */
  PortalResponse error(Exchange exchange, int status, String heading, String message) {
    Map<String, Object> model = model(exchange, heading, "none");
    model.put("status", status);
    model.put("heading", heading);
    model.put("message", message);
    return page(status, "error", exchange, model);
  }
}
