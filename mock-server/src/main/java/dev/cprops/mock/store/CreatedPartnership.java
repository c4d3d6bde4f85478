package dev.cprops.mock.store;

/** A new partnership and its API key, which is returned this once. */
public record CreatedPartnership(Partnership partnership, String apiKey) {
  @Override
  public String toString() {
    return "CreatedPartnership[partnership=" + partnership + ", apiKey=<redacted>]";
  }
}
