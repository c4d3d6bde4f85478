package dev.cprops.connector.internal.fields;

import static dev.cprops.connector.client.PropertyAccess.EDITABLE;
import static dev.cprops.connector.client.PropertyAccess.HIDDEN;
import static dev.cprops.connector.client.PropertyAccess.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.spi.InputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetaCoercerTest {
  private static final List<PropertyDefinition> DEFINITIONS =
      List.of(
          Definitions.of("mrr", PropertyType.CURRENCY, EDITABLE),
          Definitions.of("country", PropertyType.COUNTRY, EDITABLE),
          Definitions.of("renewal", PropertyType.DATE, EDITABLE),
          Definitions.of("active", PropertyType.CHECKBOX, READ_ONLY),
          Definitions.of("secret", PropertyType.INPUT, HIDDEN));

  private final MetaCoercer vendor =
      MetaCoercer.of(DEFINITIONS, CoercionSettings.ofDefaults(), ConnectionKind.VENDOR);
  private final MetaCoercer partner =
      MetaCoercer.of(DEFINITIONS, CoercionSettings.ofDefaults(), ConnectionKind.PARTNER);

  @Test
  void coercesEveryKey_keepingNullAsClear_andLeavingAbsentKeysAbsent() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("mrr", "$1,200");
    meta.put("country", "USA");
    meta.put("renewal", null);
    CoercedMeta result = vendor.toApi(meta);
    assertThat(result.ok()).isTrue();
    assertThat(result.values())
        .containsExactly(
            entry("mrr", new BigDecimal("1200.00")),
            entry("country", "US"),
            entry("renewal", null));
  }

  @Test
  void collectsEveryErrorOfARecord_notJustTheFirst() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("mrr", "12abc");
    meta.put("country", "Narnia");
    meta.put("renewal", "2024-03-15");
    meta.put("nope", 1);
    CoercedMeta result = vendor.toApi(meta);
    assertThat(result.values()).containsExactly(entry("renewal", "2024-03-15"));
    assertThat(result.errors())
        .extracting(InputException::getMessage)
        .containsExactly(
            "meta.mrr: '12abc' is not valid; expected a monetary amount in USD such as 1200.50",
            "meta.country: 'Narnia' is not valid; expected an ISO 3166-1 alpha-2 code such as US"
                + " or an English country name such as United States",
            "meta.nope: '1' is not valid; expected a customer property; there is no property"
                + " 'nope'");
    assertThatThrownBy(result::orThrow)
        .isInstanceOf(InvalidRecordException.class)
        .hasMessageStartingWith("3 invalid values: meta.mrr: '12abc' is not valid;")
        .satisfies(e -> assertThat(((InvalidRecordException) e).errors()).hasSize(3))
        .satisfies(e -> assertThat(((InputException) e).field()).isEqualTo("meta.mrr"));
  }

  @Test
  void partner_mayNotWriteReadOnly_andCannotSeeHiddenProperties() {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("active", true);
    meta.put("secret", "x");
    assertThat(partner.toApi(meta).errors())
        .extracting(InputException::getMessage)
        .containsExactly(
            "meta.active: 'true' is not valid; expected an editable property; 'active' is"
                + " read-only",
            "meta.secret: 'x' is not valid; expected a customer property; there is no property"
                + " 'secret'");
    assertThat(vendor.toApi(meta).ok()).isTrue();
  }

  @Test
  void fromApi_typesTheDatapills_andPassesUnknownKeysThrough() {
    Map<String, Object> apiMeta = new HashMap<>();
    apiMeta.put("mrr", "1200.00");
    apiMeta.put("country", "United States");
    apiMeta.put("renewal", "2024-03-15");
    apiMeta.put("active", true);
    apiMeta.put("brand_new", "x");
    assertThat(vendor.fromApi(apiMeta))
        .containsOnly(
            entry("mrr", new BigDecimal("1200.00")),
            entry("country", "United States"),
            entry("renewal", LocalDate.of(2024, 3, 15)),
            entry("active", Boolean.TRUE),
            entry("brand_new", "x"));
  }
}
