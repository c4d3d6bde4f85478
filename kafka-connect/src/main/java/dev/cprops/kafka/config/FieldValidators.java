package dev.cprops.kafka.config;

import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.Json;
import dev.cprops.connector.spi.PickOption;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The ConfigDef validator of an SPI field: options, numbers, JSON objects, dates and URLs. */
final class FieldValidators {
  private FieldValidators() {}

  /** The validator for the field's values, or {@code null} when Connect's type check suffices. */
  static ConfigDef.Validator of(Field field) {
    if (!field.options().isEmpty()) {
      List<String> values = field.options().stream().map(PickOption::value).toList();
      return check(
          "one of " + String.join(", ", values),
          text -> {
            if (!values.contains(text)) {
              throw new IllegalArgumentException("not an option");
            }
          });
    }
    if (field.controlType() == ControlType.URL) {
      return check(
          "an http:// or https:// URL",
          text -> {
            URI uri = URI.create(text);
            if (uri.getScheme() == null
                || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                || uri.getHost() == null) {
              throw new IllegalArgumentException("not an http(s) URL");
            }
          });
    }
    return switch (field.type()) {
      case NUMBER -> check("a number such as 1200.50", BigDecimal::new);
      case OBJECT ->
          check("a JSON object such as {\"Account ID\": \"customer_key\"}", Json::parseObject);
      case DATE -> check("a date such as 2026-03-15", LocalDate::parse);
      case DATE_TIME ->
          check(
              "a date-time such as 2026-03-15T10:00:00Z",
              text -> {
                try {
                  Instant.parse(text);
                } catch (RuntimeException e) {
                  OffsetDateTime.parse(text);
                }
              });
      default -> null;
    };
  }

  /** Whether the field's values travel as text in the configuration. */
  static boolean isText(FieldType type) {
    return switch (type) {
      case STRING, NUMBER, OBJECT, DATE, DATE_TIME -> true;
      default -> false;
    };
  }

  private interface TextCheck {
    void check(String text) throws Exception;
  }

  private static ConfigDef.Validator check(String expected, TextCheck check) {
    return new ConfigDef.Validator() {
      @Override
      public void ensureValid(String name, Object value) {
        if (value == null) {
          return;
        }
        String text = value.toString().strip();
        if (text.isEmpty()) {
          return;
        }
        try {
          check.check(text);
        } catch (Exception e) {
          throw new ConfigException(name, value, "expected " + expected);
        }
      }

      @Override
      public String toString() {
        return expected;
      }
    };
  }
}
