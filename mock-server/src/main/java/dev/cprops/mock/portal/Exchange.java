package dev.cprops.mock.portal;

import java.util.Map;

/** A request being answered: the request, its session and the route's path parameters. */
record Exchange(PortalRequest request, Session session, Map<String, String> params) {
  String param(String name) {
    return params.get(name);
  }
}
