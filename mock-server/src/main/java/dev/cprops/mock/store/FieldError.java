package dev.cprops.mock.store;

import dev.cprops.mock.errors.ErrorCode;

/**
 * One problem with one field of a request: {@code field} is a path like {@code meta.mrr}, {@code
 * code} a machine-readable reason like {@code invalid_currency}, and {@code message} names the
 * value and what was expected.
 */
public record FieldError(String field, ErrorCode code, String message) {}
