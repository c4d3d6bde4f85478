package dev.cprops.mock.crm;

/**
 * A CRM request the CRM rejects, answered as HubSpot does: {@code {"status": "error", "message":
 * ..., "correlationId": ..., "category": ...}}.
 */
final class CrmException extends RuntimeException {
  private final int status;
  private final String category;

  CrmException(int status, String category, String message) {
    super(message, null, false, false);
    this.status = status;
    this.category = category;
  }

  static CrmException validation(String message) {
    return new CrmException(400, "VALIDATION_ERROR", message);
  }

  static CrmException notFound(String message) {
    return new CrmException(404, "OBJECT_NOT_FOUND", message);
  }

  int status() {
    return status;
  }

  String category() {
    return category;
  }
}
