package dev.cprops.mock.crm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Companies as HubSpot's v3 objects API shows them: {@code {"id", "properties": {...}, "createdAt",
 * "updatedAt", "archived"}}, times as ISO-8601 instants, every value a string.
 */
final class CompanyJson {
  private CompanyJson() {}

  /**
   * A company as JSON.
   *
   * @param selection the properties to show (each one, {@code null} when it has no value), or
   *     {@code null} for every property that has a value; the CRM's own {@code createdate}, {@code
   *     hs_lastmodifieddate} and {@code hs_object_id} are always shown
   */
  static Map<String, Object> of(Company company, List<String> selection) {
    Map<String, Object> properties = new LinkedHashMap<>();
    if (selection == null) {
      properties.putAll(company.properties());
    } else {
      for (String name : selection) {
        properties.put(name, value(company, name));
      }
    }
    for (String own :
        List.of(
            CompanyProperties.CREATED,
            CompanyProperties.LAST_MODIFIED,
            CompanyProperties.OBJECT_ID)) {
      properties.put(own, value(company, own));
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", company.id());
    json.put("properties", properties);
    json.put("createdAt", time(company.createdAt()));
    json.put("updatedAt", time(company.updatedAt()));
    json.put("archived", false);
    return json;
  }

  /** A property's value as the API shows it, the CRM's own properties included; or null. */
  static String value(Company company, String name) {
    return switch (name) {
      case CompanyProperties.OBJECT_ID -> company.id();
      case CompanyProperties.CREATED -> time(company.createdAt());
      case CompanyProperties.LAST_MODIFIED -> time(company.updatedAt());
      default -> company.property(name);
    };
  }

  /** A JSON scalar given as a property value, as the string the CRM stores. */
  static String text(Object value) {
    if (value instanceof String s) {
      return s;
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Boolean bool) {
      return bool.toString();
    }
    throw CrmException.validation(
        "property values must be strings, numbers or booleans, got " + value);
  }

  static String time(long epochMillis) {
    return Instant.ofEpochMilli(epochMillis).toString();
  }
}
