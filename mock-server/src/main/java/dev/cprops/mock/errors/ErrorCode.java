package dev.cprops.mock.errors;

import java.util.Locale;

/**
 * Every machine-readable reason the API can give in an error's {@code errors[].code}, with the HTTP
 * status it belongs to. A field error can only be made from one of these, so this enum is the
 * complete list: the OpenAPI document's {@code FieldError.code} enum, and the code lists of its
 * 400, 403 and 409 responses, are checked against it.
 *
 * <p>A request with both validation and access problems is answered 400 with all of them, so a 400
 * answer may also carry the 403 codes.
 */
public enum ErrorCode {
  // ---- 400: the body ----
  /** The body is not well-formed JSON. */
  INVALID_JSON(400),
  /** The body nests deeper than the reader allows. */
  TOO_DEEP(400),
  /** A JSON object names the same member twice. */
  DUPLICATE_KEY(400),
  /** A JSON number too large to hold. */
  NUMBER_OUT_OF_RANGE(400),

  // ---- 400: fields ----
  /** A required field (or the body itself) is missing, or an array that must not be is empty. */
  REQUIRED(400),
  /** The wrong JSON kind, e.g. a number for a string, or null where a field cannot be null. */
  INVALID_TYPE(400),
  /** A string over its maximum length. */
  TOO_LONG(400),
  /** A string under its minimum length (above 1). */
  TOO_SHORT(400),
  /** An empty or whitespace-only string where text is required. */
  BLANK(400),
  /** An integer outside its range. */
  OUT_OF_RANGE(400),
  /** A member that is not a field of the resource. */
  UNKNOWN_FIELD(400),
  /** A member that the server sets ({@code key}, {@code created_at}, ...). */
  READ_ONLY_FIELD(400),
  /** A field that cannot change after create, sent with a different value. */
  IMMUTABLE_FIELD(400),
  /** A {@code partner_key} that names no partnership. */
  UNKNOWN_PARTNER(400),
  /** An {@code api_name} that is not valid, or a label it cannot be derived from. */
  INVALID_API_NAME(400),
  /** A value outside a fixed list (a property type, an access level, an event name). */
  INVALID_CHOICE(400),
  /** A dropdown option value or label given twice. */
  DUPLICATE_OPTION(400),
  /** A webhook event name given twice. */
  DUPLICATE_EVENT(400),
  /** A currency that is not one of the ISO 4217 codes the server knows. */
  INVALID_CURRENCY_CODE(400),
  /** A field sent for a property type that has none ({@code options}, {@code currency}). */
  NOT_ALLOWED(400),

  // ---- 400: property values in meta ----
  /** A {@code meta} key that is not an active property (for a partner: not a visible one). */
  UNKNOWN_PROPERTY(400),
  /** Text with a NUL or an unpaired surrogate. */
  INVALID_TEXT(400),
  INVALID_EMAIL(400),
  INVALID_OPTION(400),
  INVALID_BOOLEAN(400),
  INVALID_COUNTRY(400),
  INVALID_DATE(400),
  INVALID_CURRENCY(400),
  INVALID_NUMBER(400),
  INVALID_URL(400),
  INVALID_PHONE(400),

  // ---- 400: the query and the path ----
  /** A query parameter the route does not take. */
  UNKNOWN_PARAMETER(400),
  /** A query parameter with a value of the wrong form or range. */
  INVALID_PARAMETER(400),
  /** A query parameter given more than once. */
  DUPLICATE_PARAMETER(400),
  /**
   * Query parameters that cannot be used together ({@code starting_after}, {@code ending_before}).
   */
  EXCLUSIVE_PARAMETERS(400),
  /** A cursor ({@code starting_after}, {@code ending_before}) that names no item of the list. */
  UNKNOWN_KEY(400),
  /** Malformed percent-encoding in the query. */
  INVALID_QUERY(400),
  /** Malformed percent-encoding in the path. */
  INVALID_PATH(400),

  // ---- 403 ----
  /** A partner wrote a {@code read_only} property. */
  READ_ONLY_PROPERTY(403),
  /** A partner wrote a customer field other than {@code meta}. */
  FORBIDDEN_FIELD(403),

  // ---- 409 ----
  /** A duplicate {@code api_name}, {@code customer_key} or {@code partner_key}. */
  DUPLICATE(409),
  /** A property's type change while customers hold values for it. */
  TYPE_IN_USE(409);

  private final int status;
  private final String apiName;

  ErrorCode(int status) {
    this.status = status;
    this.apiName = name().toLowerCase(Locale.ROOT);
  }

  /** The HTTP status of an answer whose problems are all of this kind. */
  public int status() {
    return status;
  }

  /** The code as the API writes it, e.g. {@code invalid_type}. */
  public String apiName() {
    return apiName;
  }

  @Override
  public String toString() {
    return apiName;
  }
}
