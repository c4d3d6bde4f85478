package dev.cprops.mock.store;

import java.util.List;

/**
 * A rejected store operation. Nothing has changed when it is thrown. The {@link Kind} says which
 * HTTP status the API answers with.
 */
public final class StoreException extends RuntimeException {
  /** Why an operation was rejected. */
  public enum Kind {
    /** The request is invalid (400). */
    INVALID,
    /** The caller may not do this (403). */
    FORBIDDEN,
    /** The item does not exist, or not for this caller (404). */
    NOT_FOUND,
    /** The request conflicts with the stored state (409). */
    CONFLICT
  }

  private final Kind kind;
  private final List<FieldError> errors;

  public StoreException(Kind kind, String message, List<FieldError> errors) {
    super(message, null, false, false);
    this.kind = kind;
    this.errors = List.copyOf(errors);
  }

  static StoreException notFound(String message) {
    return new StoreException(Kind.NOT_FOUND, message, List.of());
  }

  static StoreException conflict(FieldError error) {
    return new StoreException(Kind.CONFLICT, error.message(), List.of(error));
  }

  static StoreException invalid(FieldError error) {
    return new StoreException(Kind.INVALID, error.message(), List.of(error));
  }

  public Kind kind() {
    return kind;
  }

  /** The field-level problems; empty when the message says it all. */
  public List<FieldError> errors() {
    return errors;
  }
}
