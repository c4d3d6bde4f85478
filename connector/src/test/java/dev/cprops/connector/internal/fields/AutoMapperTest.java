package dev.cprops.connector.internal.fields;

import static dev.cprops.connector.client.PropertyAccess.EDITABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.InputException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AutoMapperTest {
  private static final List<PropertyDefinition> DEFINITIONS =
      List.of(
          Definitions.of(
              "subscription_plan",
              "Subscription Plan",
              PropertyType.DROPDOWN,
              EDITABLE,
              false,
              "",
              0),
          Definitions.of("mrr", "Monthly Revenue", PropertyType.CURRENCY, EDITABLE, false, "", 1),
          Definitions.of("hq_country", "Country", PropertyType.COUNTRY, EDITABLE, false, "", 2),
          Definitions.archived(
              Definitions.of(
                  "legacy_id", "Legacy ID", PropertyType.INPUT, EDITABLE, false, "", 3)));

  private final AutoMapper mapper = AutoMapper.of(DEFINITIONS);

  private static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> row = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      row.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return row;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "subscription_plan",
        "Subscription Plan",
        "subscription-plan",
        "SUBSCRIPTION_PLAN",
        "Subscription plan:",
        " subscription.plan "
      })
  void key_matchesProperty_ignoringCaseSpacesAndPunctuation(String key) {
    MappingResult result = mapper.map(row(key, "Pro"));
    assertThat(result.meta()).containsExactly(entry("subscription_plan", "Pro"));
    assertThat(result.unmapped()).isEmpty();
  }

  @Test
  void key_matchesByLabel_whenNotByApiName() {
    assertThat(mapper.map(row("Monthly revenue", "$5")).meta()).containsEntry("mrr", "$5");
  }

  @Test
  void crmRow_fillsCustomerFields_andProperties_andReportsUnmappedKeys() {
    MappingResult result =
        mapper.map(
            row(
                "Email", "ana@example.com",
                "Company Name", "Acme",
                "Account ID", "acct_42",
                "Partner Key", "partner_jane",
                "MRR", "$1,200",
                "Owner", "Bob",
                "Legacy ID", "L-1"));
    assertThat(result.customer())
        .containsExactly(
            entry(ReservedField.EMAIL, "ana@example.com"),
            entry(ReservedField.NAME, "Acme"),
            entry(ReservedField.CUSTOMER_KEY, "acct_42"),
            entry(ReservedField.PARTNER_KEY, "partner_jane"));
    assertThat(result.meta()).containsExactly(entry("mrr", "$1,200"));
    assertThat(result.unmapped()).containsExactly("Owner", "Legacy ID");
    assertThat(result.conflicts()).isEmpty();
  }

  @Test
  void override_winsOverNameMatches_andAcceptsMetaPrefix() {
    AutoMapper overridden =
        AutoMapper.of(DEFINITIONS, Map.of("Plan Tier", "meta.subscription_plan", "Login", "email"));
    MappingResult result = overridden.map(row("plan tier", "Pro", "Login", "a@b.co"));
    assertThat(result.meta()).containsExactly(entry("subscription_plan", "Pro"));
    assertThat(result.customer()).containsExactly(entry(ReservedField.EMAIL, "a@b.co"));
  }

  @Test
  void override_toAnUnknownTarget_isRejectedAtOnce() {
    assertThatThrownBy(() -> AutoMapper.of(DEFINITIONS, Map.of("x", "legacy_id")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("override target 'legacy_id' is neither a customer field nor a property");
  }

  @Test
  void twoColumns_atDifferentStrengths_theStrongerWins_andTheConflictIsReported() {
    MappingResult result = mapper.map(row("Country", "USA", "hq_country", "US"));
    assertThat(result.meta()).containsExactly(entry("hq_country", "US"));
    assertThat(result.conflicts())
        .containsExactly(
            new MappingConflict("meta.hq_country", List.of("Country", "hq_country"), "hq_country"));
    assertThat(result.errors()).isEmpty();
  }

  @Test
  void twoColumns_thatTie_mapNeither_andMakeAnError() {
    MappingResult result =
        mapper.map(row("Subscription Plan", "Pro", "subscription_plan", "Basic"));
    assertThat(result.meta()).isEmpty();
    assertThat(result.conflicts())
        .singleElement()
        .satisfies(c -> assertThat(c.resolved()).isFalse());
    assertThat(result.errors())
        .extracting(InputException::getMessage)
        .containsExactly(
            "meta.subscription_plan: 'Subscription Plan, subscription_plan' is not valid; expected"
                + " exactly one column for it; map one explicitly");
  }

  @Test
  void nullValue_isCarried_asAClear() {
    Map<String, Object> row = new HashMap<>();
    row.put("MRR", null);
    assertThat(mapper.map(row).meta()).containsEntry("mrr", null);
  }

  @Test
  void customerFieldName_beatsAPropertyWhoseNameFoldsTheSame() {
    AutoMapper withEmailProperty =
        AutoMapper.of(List.of(Definitions.of("e_mail", PropertyType.EMAIL, EDITABLE)));
    MappingResult result = withEmailProperty.map(row("Email", "a@b.co"));
    assertThat(result.customer()).containsEntry(ReservedField.EMAIL, "a@b.co");
    assertThat(result.meta()).isEmpty();
  }

  @Test
  void propertyLabel_beatsACustomerFieldSynonym() {
    AutoMapper withCompanyProperty =
        AutoMapper.of(
            List.of(
                Definitions.of("company", "Company", PropertyType.INPUT, EDITABLE, false, "", 0)));
    MappingResult result = withCompanyProperty.map(row("Company", "Acme"));
    assertThat(result.meta()).containsEntry("company", "Acme");
    assertThat(result.customer()).isEmpty();
  }
}
