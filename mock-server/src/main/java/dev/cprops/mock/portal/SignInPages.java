package dev.cprops.mock.portal;

import dev.cprops.mock.api.VendorCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in as the vendor (public and secret key) or as a partner (partner API key), one-click
 * demo sign-in, and signing out. Keys are checked as the API checks them and never written back
 * into a page: the demo buttons send only which demo account to use.
 */
final class SignInPages {
  static final String PATH = "/sign-in";
  static final String HOME = CustomerPages.PATH;

  private final PortalBackend backend;
  private final Sessions sessions;
  private final Pages pages;

  SignInPages(PortalBackend backend, Sessions sessions, Pages pages) {
    this.backend = backend;
    this.sessions = sessions;
    this.pages = pages;
  }

  void register(PortalRouter router) {
    router
        .add("GET", "/", PortalRouter.Access.PUBLIC, this::root)
        .add("GET", PATH, PortalRouter.Access.PUBLIC, this::form)
        .add("POST", PATH, PortalRouter.Access.PUBLIC, this::signIn)
        .add("POST", "/sign-out", PortalRouter.Access.PUBLIC, this::signOut);
  }

  private PortalResponse root(Exchange exchange) {
    return PortalResponse.redirect(exchange.request(), exchange.session().signedIn() ? HOME : PATH);
  }

  private PortalResponse form(Exchange exchange) {
    if (exchange.session().signedIn()) {
      return PortalResponse.redirect(exchange.request(), HOME);
    }
    return page(exchange, 200, null, "vendor", "");
  }

  private PortalResponse signIn(Exchange exchange) {
    PortalRequest request = exchange.request();
    String as = request.formText("as");
    Optional<Session> signedIn =
        switch (as) {
          case "vendor" ->
              vendor(exchange, request.formText("public_key"), request.formText("secret_key"));
          case "partner" -> partner(exchange, request.formText("partner_api_key").strip());
          case "demo" -> demo(exchange, request.formText("demo"));
          default -> Optional.empty();
        };
    if (signedIn.isEmpty()) {
      String error =
          switch (as) {
            case "partner" -> "That partner key is not valid. Check the key and try again.";
            case "demo" -> "That demo account is not available on this server.";
            default -> "Those vendor keys are not valid. Check both keys and try again.";
          };
      return page(
          exchange,
          401,
          error,
          as.equals("partner") ? "partner" : "vendor",
          as.equals("vendor") ? request.formText("public_key") : "");
    }
    return PortalResponse.redirect(request, HOME)
        .header("Set-Cookie", Sessions.cookie(signedIn.get()));
  }

  private PortalResponse signOut(Exchange exchange) {
    sessions.end(exchange.session());
    return PortalResponse.redirect(exchange.request(), PATH)
        .header("Set-Cookie", Sessions.expiredCookie());
  }

  private Optional<Session> vendor(Exchange exchange, String publicKey, String secretKey) {
    VendorCredentials vendor = backend.vendor();
    boolean ok = equal(publicKey, vendor.publicKey()) & equal(secretKey, vendor.secretKey());
    return ok
        ? Optional.of(sessions.signIn(exchange.session(), Session.Role.VENDOR, null))
        : Optional.empty();
  }

  private Optional<Session> partner(Exchange exchange, String apiKey) {
    if (apiKey.isEmpty()) {
      return Optional.empty();
    }
    return backend
        .store()
        .partnerKeyForApiKey(apiKey)
        .map(partnerKey -> sessions.signIn(exchange.session(), Session.Role.PARTNER, partnerKey));
  }

  private Optional<Session> demo(Exchange exchange, String account) {
    if (account.equals("vendor")) {
      return backend.demoVendorKeys()
          ? Optional.of(sessions.signIn(exchange.session(), Session.Role.VENDOR, null))
          : Optional.empty();
    }
    String apiKey = backend.demoPartnerKeys().get().get(account);
    return apiKey == null ? Optional.empty() : partner(exchange, apiKey);
  }

  private PortalResponse page(
      Exchange exchange, int status, String error, String tab, String publicKey) {
    Map<String, Object> model = Pages.model(exchange, "Sign in", "none");
    model.put("error", error);
    model.put("tabVendor", tab.equals("vendor"));
    model.put("tabPartner", tab.equals("partner"));
    model.put("publicKey", publicKey);
    model.put("demoVendor", backend.demoVendorKeys());
    List<Map<String, Object>> partners = new ArrayList<>();
    for (String partnerKey : backend.demoPartnerKeys().get().keySet()) {
      partners.add(Map.of("partnerKey", partnerKey));
    }
    model.put("demoPartners", partners);
    model.put("demo", backend.demoVendorKeys() || !partners.isEmpty());
    return pages.page(status, "sign-in", exchange, model);
  }

  private static boolean equal(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
