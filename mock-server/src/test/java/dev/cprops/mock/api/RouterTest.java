package dev.cprops.mock.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouterTest {
  private final Router router =
      new Router()
          .add(
              "GET",
              "/api/v2/customers",
              java.util.Set.of("limit"),
              (request, params) -> answer("list", params))
          .add("POST", "/api/v2/customers", (request, params) -> answer("create", params))
          .add("GET", "/api/v2/customers/{id}", (request, params) -> answer("get", params))
          .add("PATCH", "/api/v2/customers/{id}", (request, params) -> answer("update", params))
          .add(
              "GET",
              "/api/v2/partners/{partner}/customers/{id}",
              (request, params) -> answer("partner", params));

  @Test
  void dispatch_callsTheRouteOfThePathAndMethod_withItsParameters() {
    assertThat(body(dispatch("GET", "/api/v2/customers"))).isEqualTo("list {}");
    assertThat(body(dispatch("POST", "/api/v2/customers"))).isEqualTo("create {}");
    assertThat(body(dispatch("GET", "/api/v2/customers/acct_1"))).isEqualTo("get {id=acct_1}");
    assertThat(body(dispatch("PATCH", "/api/v2/customers/acct_1"))).isEqualTo("update {id=acct_1}");
    assertThat(body(dispatch("GET", "/api/v2/partners/jane/customers/acct_2")))
        .isEqualTo("partner {partner=jane, id=acct_2}");
  }

  @Test
  void parameters_arePercentDecoded_andPlusStaysPlus() {
    assertThat(body(dispatch("GET", "/api/v2/customers/a%20b%2Fc+d")))
        .isEqualTo("get {id=a b/c+d}");
    assertThat(body(dispatch("GET", "/api/v2/customers/a+b"))).isEqualTo("get {id=a+b}");
  }

  @Test
  void malformedPercentEncoding_isA400NamingTheSegment() {
    assertThatThrownBy(() -> dispatch("GET", "/api/v2/customers/a%zz"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              ApiResponse response = e.toResponse();
              assertThat(response.status()).isEqualTo(400);
              assertThat(body(response)).contains("\"field\":\"path\"", "'a%zz'");
            });
  }

  @Test
  void pathsOfNoRoute_are404() {
    for (String path :
        List.of(
            "/api/v2/customers/",
            "/api/v2/customers//",
            "/api/v2/customers/acct_1/more",
            "/api/v2",
            "/",
            "api/v2/customers",
            "/api/v2/partners//customers/acct_2")) {
      assertThatThrownBy(() -> dispatch("GET", path))
          .as(path)
          .isInstanceOfSatisfying(
              ApiException.class, e -> assertThat(e.toResponse().status()).isEqualTo(404));
    }
  }

  @Test
  void aPathOfOtherMethodsOnly_is405WithAllow() {
    assertThatThrownBy(() -> dispatch("DELETE", "/api/v2/customers/acct_1"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              ApiResponse response = e.toResponse();
              assertThat(response.status()).isEqualTo(405);
              assertThat(response.headers()).containsEntry("Allow", "GET, HEAD, PATCH");
            });
  }

  @Test
  void queryParameters_areThoseTheRouteDeclares_anyOtherIsA400BeforeTheHandlerRuns() {
    assertThat(body(dispatch("GET", "/api/v2/customers", "limit=5"))).isEqualTo("list {}");
    for (String[] request :
        List.of(
            new String[] {"GET", "/api/v2/customers", "limits=5"},
            new String[] {"GET", "/api/v2/customers/acct_1", "limit=5"},
            new String[] {"PATCH", "/api/v2/customers/acct_1", "dry_run=true"})) {
      assertThatThrownBy(() -> dispatch(request[0], request[1], request[2]))
          .as(String.join(" ", request))
          .isInstanceOfSatisfying(
              ApiException.class,
              e -> {
                ApiResponse response = e.toResponse();
                assertThat(response.status()).isEqualTo(400);
                assertThat(body(response)).contains("\"code\":\"unknown_parameter\"");
              });
    }
  }

  private ApiResponse dispatch(String method, String path) {
    return dispatch(method, path, null);
  }

  private ApiResponse dispatch(String method, String path, String query) {
    return router.dispatch(new ApiRequest(method, path, query, name -> null, null, null));
  }

  private static ApiResponse answer(String route, Map<String, String> params) {
    return new ApiResponse(200, Map.of(), (route + " " + params).getBytes(StandardCharsets.UTF_8));
  }

  private static String body(ApiResponse response) {
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
