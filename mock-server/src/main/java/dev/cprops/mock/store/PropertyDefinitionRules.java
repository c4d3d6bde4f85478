package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.values.ApiNames;
import dev.cprops.mock.values.Currencies;
import dev.cprops.mock.values.DropdownOption;
import dev.cprops.mock.values.InvalidValueException;
import dev.cprops.mock.values.PropertyType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns create and PATCH bodies of property definitions into validated definitions, recording every
 * problem. A PATCH is merged into the current definition and the result validated as a whole; when
 * the type changes, options and currency not given in the body are reset for the new type.
 */
final class PropertyDefinitionRules {
  static final int MAX_LABEL = 100;
  static final int MAX_HELP_TEXT = 1000;
  static final int MAX_OPTION_TEXT = 255;
  static final int MAX_POSITION = 1_000_000;

  private static final Set<String> CREATABLE =
      Set.of(
          "api_name",
          "label",
          "type",
          "access",
          "options",
          "required",
          "help_text",
          "position",
          "currency");
  private static final Set<String> PATCHABLE = union(CREATABLE, Set.of("archived"));
  private static final Set<String> READ_ONLY = Set.of("key", "created_at", "updated_at");
  private static final String TYPES =
      Arrays.stream(PropertyType.values())
          .map(PropertyType::apiName)
          .collect(Collectors.joining(", "));
  private static final String ACCESS_LEVELS =
      Arrays.stream(PropertyAccess.values())
          .map(PropertyAccess::apiName)
          .collect(Collectors.joining(", "));

  private PropertyDefinitionRules() {}

  /** A new definition (key set; times 0, the store stamps them). */
  static PropertyDefinition forCreate(
      Map<String, Object> body, int defaultPosition, Problems problems) {
    BodyFields fields = new BodyFields(body, problems);
    fields.rejectOthers(CREATABLE, Set.of(), READ_ONLY);
    fields.require("label");
    fields.require("type");
    String label = label(fields);
    String apiName = fields.has("api_name") ? apiName(fields) : derivedApiName(label, problems);
    PropertyType type = type(fields);
    PropertyAccess access = fields.has("access") ? access(fields) : PropertyAccess.EDITABLE;
    List<DropdownOption> options = fields.has("options") ? options(fields) : List.of();
    String currency = fields.has("currency") ? currency(fields) : null;
    if (type == PropertyType.CURRENCY && currency == null) {
      currency = Currencies.DEFAULT_CODE;
    }
    Boolean required = fields.bool("required");
    String helpText = fields.multiLineString("help_text", 0, MAX_HELP_TEXT);
    Integer position = fields.integer("position", 0, MAX_POSITION);
    if (type != null) {
      checkConsistency(type, options, currency, problems);
    }
    return new PropertyDefinition(
        Keys.property(),
        apiName,
        label,
        type,
        access,
        options == null ? List.of() : options,
        required != null && required,
        helpText == null ? "" : helpText,
        position == null ? defaultPosition : position,
        currency,
        false,
        0,
        0);
  }

  /** The current definition with the PATCH applied (times unchanged). */
  static PropertyDefinition forUpdate(
      PropertyDefinition current, Map<String, Object> body, Problems problems) {
    BodyFields fields = new BodyFields(body, problems);
    fields.rejectOthers(PATCHABLE, Set.of(), READ_ONLY);
    if (fields.has("api_name")) {
      String apiName = fields.string("api_name", 1, 64);
      if (apiName != null && !apiName.equals(current.apiName())) {
        problems.invalid(
            "api_name",
            ErrorCode.IMMUTABLE_FIELD,
            "api_name cannot change (is '" + current.apiName() + "', got '" + apiName + "')");
      }
    }
    String label = fields.has("label") ? orElse(label(fields), current.label()) : current.label();
    PropertyType type = fields.has("type") ? orElse(type(fields), current.type()) : current.type();
    boolean typeChanged = type != current.type();
    PropertyAccess access =
        fields.has("access") ? orElse(access(fields), current.access()) : current.access();
    List<DropdownOption> options;
    if (fields.has("options")) {
      options = orElse(options(fields), List.of());
    } else {
      options = typeChanged ? List.of() : current.options();
    }
    String currency;
    if (fields.has("currency")) {
      currency = currency(fields);
    } else {
      currency = typeChanged ? null : current.currency();
    }
    if (type == PropertyType.CURRENCY && currency == null) {
      currency = Currencies.DEFAULT_CODE;
    }
    Boolean required = fields.bool("required");
    String helpText = fields.multiLineString("help_text", 0, MAX_HELP_TEXT);
    Integer position = fields.integer("position", 0, MAX_POSITION);
    Boolean archived = fields.bool("archived");
    checkConsistency(type, options, currency, problems);
    return new PropertyDefinition(
        current.key(),
        current.apiName(),
        label,
        type,
        access,
        options,
        required == null ? current.required() : required,
        fields.has("help_text") ? orElse(helpText, "") : current.helpText(),
        position == null ? current.position() : position,
        currency,
        archived == null ? current.archived() : archived,
        current.createdAt(),
        current.updatedAt());
  }

  private static String label(BodyFields fields) {
    String label = fields.string("label", 1, MAX_LABEL);
    if (label != null && label.isBlank()) {
      fields.problems().invalid("label", ErrorCode.BLANK, "label must not be blank");
      return null;
    }
    return label;
  }

  private static String apiName(BodyFields fields) {
    String apiName = fields.string("api_name", 1, 64);
    if (apiName != null && !ApiNames.isValid(apiName)) {
      fields
          .problems()
          .invalid(
              "api_name",
              ErrorCode.INVALID_API_NAME,
              "api_name '"
                  + apiName
                  + "' is not valid: expected lower snake case matching ^[a-z][a-z0-9_]{0,63}$");
      return null;
    }
    return apiName;
  }

  private static String derivedApiName(String label, Problems problems) {
    if (label == null) {
      return null;
    }
    try {
      return ApiNames.fromLabel(label);
    } catch (InvalidValueException e) {
      problems.invalid("api_name", e.code(), e.getMessage());
      return null;
    }
  }

  private static PropertyType type(BodyFields fields) {
    String name = fields.string("type", 1, 64);
    if (name == null) {
      return null;
    }
    PropertyType type = PropertyType.fromApiName(name).orElse(null);
    if (type == null) {
      fields
          .problems()
          .invalid(
              "type",
              ErrorCode.INVALID_CHOICE,
              "type '" + name + "' is not a property type: expected one of " + TYPES);
    }
    return type;
  }

  private static PropertyAccess access(BodyFields fields) {
    String name = fields.string("access", 1, 64);
    if (name == null) {
      return null;
    }
    PropertyAccess access = PropertyAccess.fromApiName(name).orElse(null);
    if (access == null) {
      fields
          .problems()
          .invalid(
              "access",
              ErrorCode.INVALID_CHOICE,
              "access '" + name + "' is not an access level: expected one of " + ACCESS_LEVELS);
    }
    return access;
  }

  private static List<DropdownOption> options(BodyFields fields) {
    List<Object> raw = fields.array("options");
    if (raw == null) {
      return null;
    }
    Problems problems = fields.problems();
    List<DropdownOption> options = new ArrayList<>();
    Set<String> values = new HashSet<>();
    Set<String> labels = new HashSet<>();
    for (int i = 0; i < raw.size(); i++) {
      String path = "options[" + i + "]";
      if (!(raw.get(i) instanceof Map<?, ?> item)) {
        problems.invalid(
            path,
            ErrorCode.INVALID_TYPE,
            path
                + " must be an object {label, value}, got "
                + ValueDescriptions.describe(raw.get(i)));
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> option = (Map<String, Object>) item;
      Problems optionProblems = new Problems();
      BodyFields optionFields = new BodyFields(option, optionProblems);
      optionFields.rejectOthers(Set.of("label", "value"), Set.of(), Set.of());
      optionFields.require("label");
      optionFields.require("value");
      String label = optionFields.string("label", 1, MAX_OPTION_TEXT);
      String value = optionFields.string("value", 1, MAX_OPTION_TEXT);
      optionProblems.copyInto(problems, path + ".");
      if (label == null || value == null) {
        continue;
      }
      if (!values.add(value)) {
        problems.invalid(
            path + ".value",
            ErrorCode.DUPLICATE_OPTION,
            "option value '" + value + "' is given twice");
      }
      if (!labels.add(label.toLowerCase(Locale.ROOT))) {
        problems.invalid(
            path + ".label",
            ErrorCode.DUPLICATE_OPTION,
            "option label '" + label + "' is given twice (labels are compared case-insensitively)");
      }
      options.add(new DropdownOption(label, value));
    }
    return options;
  }

  private static String currency(BodyFields fields) {
    String code = fields.string("currency", 1, 16);
    if (code != null && !Currencies.isValidCode(code)) {
      fields
          .problems()
          .invalid(
              "currency",
              ErrorCode.INVALID_CURRENCY_CODE,
              "currency '" + code + "' is not an ISO 4217 code: expected e.g. USD, EUR, GBP");
      return null;
    }
    return code;
  }

  private static void checkConsistency(
      PropertyType type, List<DropdownOption> options, String currency, Problems problems) {
    if (type == PropertyType.DROPDOWN && options != null && options.isEmpty()) {
      problems.invalid(
          "options",
          ErrorCode.REQUIRED,
          "options are required for a dropdown: expected at least one");
    }
    if (type != PropertyType.DROPDOWN && options != null && !options.isEmpty()) {
      problems.invalid(
          "options",
          ErrorCode.NOT_ALLOWED,
          "options are allowed only for dropdown properties, not for type " + type.apiName());
    }
    if (type != PropertyType.CURRENCY && currency != null) {
      problems.invalid(
          "currency",
          ErrorCode.NOT_ALLOWED,
          "currency is allowed only for currency properties, not for type " + type.apiName());
    }
  }

  private static <T> T orElse(T value, T fallback) {
    return value != null ? value : fallback;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
