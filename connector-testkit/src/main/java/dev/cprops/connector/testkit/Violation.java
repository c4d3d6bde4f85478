package dev.cprops.connector.testkit;

/**
 * One broken rule.
 *
 * @param rule the rule
 * @param where what broke it, e.g. {@code "action 'upsert_customer' input field 'email'"}
 * @param detail what is wrong and what was expected
 */
public record Violation(Rule rule, String where, String detail) {
  @Override
  public String toString() {
    return "[" + rule.id() + "] " + where + ": " + detail;
  }
}
