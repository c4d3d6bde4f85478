package dev.cprops.connector.internal.actions;

import static dev.cprops.connector.internal.actions.FakeApi.definition;
import static dev.cprops.connector.internal.actions.FakeApi.fieldError;
import static dev.cprops.connector.internal.actions.FakeApi.ok;
import static dev.cprops.connector.internal.actions.FakeApi.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.ApiException;
import dev.cprops.connector.spi.InputException;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PropertyActionsTest {
  private final FakeApi api;

  PropertyActionsTest() throws IOException {
    api = new FakeApi();
  }

  @AfterEach
  void close() {
    api.close();
  }

  private Action action(String id) {
    return api.connector.action(id).orElseThrow();
  }

  @Test
  void listProperties_vendor_includesArchivedWhenAsked() {
    api.on(
        "GET /customer-properties?limit=250&include_archived=true",
        page(false, definition("plan", "Plan", "input", "editable", "")));

    Map<String, Object> out =
        action("list_properties").execute(api.vendor(), Map.of("include_archived", true));

    assertThat(api.lines())
        .containsExactly("GET /customer-properties?limit=250&include_archived=true");
    assertThat(out).containsEntry("count", 1);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> properties = (List<Map<String, Object>>) out.get("properties");
    assertThat(properties.get(0))
        .containsEntry("api_name", "plan")
        .containsEntry("type", "input")
        .containsEntry("created_at", "2024-11-23T22:13:20Z");
  }

  @Test
  void listProperties_partner_usesPartnerRouteAndRefusesArchived() {
    Map<String, Object> out = action("list_properties").execute(api.partner(), Map.of());
    assertThat(out).containsEntry("count", 6);

    assertThatThrownBy(
            () ->
                action("list_properties").execute(api.partner(), Map.of("include_archived", "yes")))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "auth_type: 'partner' is not valid; expected a vendor connection: Listing archived"
                + " properties needs the vendor API (public and secret key)");
  }

  @Test
  void createProperty_sendsTheDefinition_andDerivesApiName() {
    api.on(
        "POST /customer-properties",
        ok(definition("health_score", "Health Score", "number", "read_only", "")));

    Map<String, Object> out =
        action("create_property")
            .execute(
                api.vendor(),
                Map.of("label", "Health Score", "type", "number", "access", "read_only"));

    assertThat(api.lines()).containsExactly("POST /customer-properties");
    assertThat(api.body(0))
        .isEqualTo(
            "{\"api_name\":\"health_score\",\"label\":\"Health Score\",\"type\":\"number\","
                + "\"access\":\"read_only\",\"required\":false,\"help_text\":\"\",\"position\":0}");
    assertThat(out).containsEntry("api_name", "health_score");
  }

  @Test
  void createProperty_rejectsAnUnknownType_withoutARequest() {
    assertThatThrownBy(
            () ->
                action("create_property")
                    .execute(api.vendor(), Map.of("label", "Plan", "type", "multiselect")))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("type: 'multiselect' is not valid; expected one of input, email,");
    assertThat(api.lines()).isEmpty();
  }

  @Test
  void createProperty_partner_isRefused() {
    assertThatThrownBy(
            () ->
                action("create_property")
                    .execute(api.partner(), Map.of("label", "Plan", "type", "input")))
        .isInstanceOf(InputException.class)
        .extracting(e -> ((InputException) e).field())
        .isEqualTo("auth_type");
  }

  @Test
  void updateProperty_patchesOnlyTheGivenAttributes() {
    api.on(
        "PATCH /customer-properties/mrr",
        ok(definition("mrr", "Monthly Revenue", "currency", "read_only", "")));

    action("update_property")
        .execute(
            api.vendor(), Map.of("api_name", "mrr", "label", "Monthly Revenue", "restore", true));

    assertThat(api.lines()).containsExactly("PATCH /customer-properties/mrr");
    assertThat(api.body(0)).isEqualTo("{\"archived\":false,\"label\":\"Monthly Revenue\"}");
  }

  @Test
  void updateProperty_reportsTheServersConflict() {
    api.on(
        "PATCH /customer-properties/mrr",
        fieldError(409, "type", "type_in_use", "customers hold values"));

    assertThatThrownBy(
            () ->
                action("update_property")
                    .execute(api.vendor(), Map.of("api_name", "mrr", "type", "number")))
        .isInstanceOf(ApiException.class)
        .satisfies(e -> assertThat(((ApiException) e).status()).isEqualTo(409));
  }

  @Test
  void archiveProperty_deletes() {
    api.on("DELETE /customer-properties/notes", ok("{}"));

    Map<String, Object> out =
        action("archive_property").execute(api.vendor(), Map.of("api_name", "notes"));

    assertThat(api.lines()).containsExactly("DELETE /customer-properties/notes");
    assertThat(out).containsEntry("archived", true);
  }

  @Test
  void syncPropertySchema_createsMissing_updatesChanged_leavesEqual() {
    api.on(
        "GET /customer-properties?limit=250&include_archived=true",
        page(
            false,
            definition("industry", "Industry", "input", "editable", ""),
            definition(
                "plan",
                "Plan",
                "dropdown",
                "editable",
                ",\"options\":[{\"label\":\"Pro\",\"value\":\"pro\"}]"),
            definition("untouched", "Untouched", "input", "hidden", "")));
    api.on(
        "PATCH /customer-properties/plan",
        ok(definition("plan", "Plan", "dropdown", "editable", "")));
    api.on("POST /customer-properties", ok(definition("seats", "Seats", "number", "editable", "")));
    List<Map<String, Object>> desired =
        List.of(
            Map.of("api_name", "industry", "label", "Industry", "type", "input"),
            Map.of(
                "api_name",
                "plan",
                "label",
                "Plan",
                "type",
                "dropdown",
                "options",
                List.of(
                    Map.of("label", "Pro", "value", "pro"),
                    Map.of("label", "Team", "value", "team")),
                "help_text",
                "The plan."),
            Map.of("api_name", "seats", "label", "Seats", "type", "number"));

    Map<String, Object> out =
        action("sync_property_schema").execute(api.vendor(), Map.of("properties", desired));

    assertThat(api.lines())
        .containsExactly(
            "GET /customer-properties?limit=250&include_archived=true",
            "PATCH /customer-properties/plan",
            "POST /customer-properties");
    assertThat(api.body(1))
        .isEqualTo(
            "{\"options\":[{\"label\":\"Pro\",\"value\":\"pro\"},{\"label\":\"Team\",\"value\":\"team\"}],"
                + "\"help_text\":\"The plan.\"}");
    assertThat(out)
        .containsEntry("created", 1)
        .containsEntry("updated", 1)
        .containsEntry("unchanged", 1)
        .containsEntry("failed", 0);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results = (List<Map<String, Object>>) out.get("results");
    assertThat(results)
        .extracting(r -> r.get("api_name") + "=" + r.get("status") + r.get("changed"))
        .containsExactly(
            "industry=unchanged[]", "plan=updated[options, help_text]", "seats=created[]");
  }

  @Test
  void syncPropertySchema_reportsAFailedPropertyAndGoesOn() {
    api.on("GET /customer-properties?limit=250&include_archived=true", page(false));
    api.on("POST /customer-properties", fieldError(400, "currency", "invalid_currency", "bad"));

    Map<String, Object> out =
        action("sync_property_schema")
            .execute(
                api.vendor(),
                Map.of(
                    "properties",
                    List.of(
                        Map.of("label", "MRR", "type", "currency", "currency", "XXX"),
                        Map.of("label", "Seats", "type", "number"))));

    assertThat(out).containsEntry("failed", 2).containsEntry("created", 0);
    assertThat(api.lines()).hasSize(3);
  }

  @Test
  void syncPropertySchema_rejectsDuplicateApiNames() {
    assertThatThrownBy(
            () ->
                action("sync_property_schema")
                    .execute(
                        api.vendor(),
                        Map.of(
                            "properties",
                            List.of(
                                Map.of("label", "Plan", "type", "input"),
                                Map.of("api_name", "plan", "label", "P", "type", "input")))))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "properties[1].api_name: 'plan' is not valid; expected each api_name once in the list");
  }
}
