package dev.cprops.mock.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Table-driven: every case of {@code values/value-cases.json}. */
class ValueCanonicalizerTest {
  private static final Map<String, Object> FIXTURE = fixture();
  private static final List<DropdownOption> OPTIONS = options();

  static Stream<Arguments> acceptedValues() {
    return cases("accepted").map(c -> Arguments.of(c.type(), named(c.describe(), c.input()), c));
  }

  static Stream<Arguments> rejectedValues() {
    return cases("rejected").map(c -> Arguments.of(c.type(), named(c.describe(), c.input()), c));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("acceptedValues")
  void canonicalize_returnsCanonicalValue_whenAccepted(
      PropertyType type, Object input, FixtureCase c) {
    Object canonical = ValueCanonicalizer.canonicalize(type, OPTIONS, input);

    assertThat(canonical).isEqualTo(c.expectedOutput()).isInstanceOf(javaType(type));
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("acceptedValues")
  void canonicalize_returnsCanonicalValueUnchanged(PropertyType type, Object input, FixtureCase c) {
    Object canonical = ValueCanonicalizer.canonicalize(type, OPTIONS, input);

    assertThat(ValueCanonicalizer.canonicalize(type, OPTIONS, canonical)).isEqualTo(canonical);
  }

  @ParameterizedTest(name = "[{0}] {1}")
  @MethodSource("rejectedValues")
  void canonicalize_throwsWithCode_whenRejected(PropertyType type, Object input, FixtureCase c) {
    assertThatThrownBy(() -> ValueCanonicalizer.canonicalize(type, OPTIONS, input))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code().apiName()).isEqualTo(c.expectedCode());
              if (c.expectedMessage() != null) {
                assertThat(e.getMessage()).isEqualTo(c.expectedMessage());
              }
            });
  }

  @Test
  void fixture_coversEveryTypeWithAcceptedRejectedAndMessageCases() {
    for (PropertyType type : PropertyType.values()) {
      List<FixtureCase> accepted = cases("accepted").filter(c -> c.type() == type).toList();
      List<FixtureCase> rejected = cases("rejected").filter(c -> c.type() == type).toList();

      assertThat(accepted).as(type + " accepted").hasSizeGreaterThanOrEqualTo(4);
      assertThat(rejected).as(type + " rejected").hasSizeGreaterThanOrEqualTo(4);
      assertThat(rejected).as(type + " messages").anyMatch(c -> c.expectedMessage() != null);
      assertThat(rejected)
          .as(type + " invalid_type")
          .anyMatch(c -> c.expectedCode().equals("invalid_type"));
    }
  }

  @Test
  void canonicalize_convertsOtherJavaNumbersExactly() {
    assertThat(ValueCanonicalizer.canonicalize(PropertyType.NUMBER, null, 42))
        .isEqualTo(new BigDecimal("42"));
    assertThat(ValueCanonicalizer.canonicalize(PropertyType.NUMBER, null, 2.5d))
        .isEqualTo(new BigDecimal("2.5"));
    assertThat(ValueCanonicalizer.canonicalize(PropertyType.CURRENCY, null, 7L)).isEqualTo("7.00");
  }

  @Test
  void canonicalize_rejectsNonFiniteDoubles() {
    assertThatThrownBy(() -> ValueCanonicalizer.canonicalize(PropertyType.NUMBER, null, Double.NaN))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code().apiName()).isEqualTo("invalid_number"));
    assertThatThrownBy(
            () ->
                ValueCanonicalizer.canonicalize(
                    PropertyType.CURRENCY, null, Double.POSITIVE_INFINITY))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code().apiName()).isEqualTo("invalid_currency"));
  }

  @Test
  void canonicalize_treatsNullOptionsAsNone_forDropdown() {
    assertThatThrownBy(() -> ValueCanonicalizer.canonicalize(PropertyType.DROPDOWN, null, "pro"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(
            "'pro' is not an option: expected an option value or label, but the property has no"
                + " options");
  }

  @Test
  void canonicalize_ignoresOptions_forOtherTypes() {
    assertThat(ValueCanonicalizer.canonicalize(PropertyType.INPUT, null, "pro")).isEqualTo("pro");
  }

  @Test
  void canonicalize_listsAtMostTenOptions_inMessage() {
    List<DropdownOption> many =
        java.util.stream.IntStream.rangeClosed(1, 12)
            .mapToObj(i -> new DropdownOption("Option " + i, "o" + i))
            .toList();

    assertThatThrownBy(() -> ValueCanonicalizer.canonicalize(PropertyType.DROPDOWN, many, "x"))
        .hasMessageEndingWith("o10 (Option 10), …");
  }

  @Test
  void canonicalize_requiresTypeAndRaw() {
    assertThatThrownBy(() -> ValueCanonicalizer.canonicalize(null, OPTIONS, "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ValueCanonicalizer.canonicalize(PropertyType.INPUT, OPTIONS, null))
        .isInstanceOf(NullPointerException.class);
  }

  private static Class<?> javaType(PropertyType type) {
    return switch (type) {
      case CHECKBOX -> Boolean.class;
      case NUMBER -> BigDecimal.class;
      default -> String.class;
    };
  }

  @SuppressWarnings("unchecked")
  private static Stream<FixtureCase> cases(String kind) {
    Map<String, Object> types = (Map<String, Object>) FIXTURE.get("types");
    return types.entrySet().stream()
        .flatMap(
            entry -> {
              PropertyType type = PropertyType.fromApiName(entry.getKey()).orElseThrow();
              List<Map<String, Object>> list =
                  (List<Map<String, Object>>) ((Map<String, Object>) entry.getValue()).get(kind);
              return list.stream().map(c -> new FixtureCase(type, c));
            });
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fixture() {
    return (Map<String, Object>) JsonFixtures.read("/values/value-cases.json");
  }

  @SuppressWarnings("unchecked")
  private static List<DropdownOption> options() {
    return ((List<Map<String, String>>) FIXTURE.get("options"))
        .stream().map(o -> new DropdownOption(o.get("label"), o.get("value"))).toList();
  }

  /** One fixture case: an input, then either the canonical output or the error code. */
  record FixtureCase(PropertyType type, Map<String, Object> fields) {
    Object input() {
      if (!fields.containsKey("repeat")) {
        return fields.get("in");
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> repeat = (Map<String, Object>) fields.get("repeat");
      int times = ((BigDecimal) repeat.get("times")).intValueExact();
      return repeat.getOrDefault("prefix", "")
          + ((String) repeat.get("text")).repeat(times)
          + repeat.getOrDefault("suffix", "");
    }

    Object expectedOutput() {
      return fields.containsKey("out") ? fields.get("out") : input();
    }

    String expectedCode() {
      return (String) fields.get("code");
    }

    String expectedMessage() {
      return (String) fields.get("message");
    }

    String describe() {
      Object input = input();
      String shown = input instanceof String s ? ValueFormat.quote(s) : ValueFormat.value(input);
      if (input instanceof List<?> || input instanceof Map<?, ?>) {
        shown = String.valueOf(input);
      }
      return shown
          + (fields.containsKey("code")
              ? " -> " + expectedCode()
              : " -> " + Arrays.asList(expectedOutput()).get(0));
    }

    @Override
    public String toString() {
      return describe();
    }
  }
}
