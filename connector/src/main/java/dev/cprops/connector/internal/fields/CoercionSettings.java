package dev.cprops.connector.internal.fields;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a connection coerces mapped values: the {@link CoercionMode}, the region national phone
 * numbers are read in, the extra date patterns accepted in lenient mode, and whether currency
 * amounts with more than two fraction digits are rounded (half-even) rather than rejected.
 *
 * <p>Immutable and thread-safe. Build one with {@link #ofDefaults()} or {@link #custom()}; the
 * builder rejects a bad value at once with an {@link IllegalArgumentException}.
 */
public final class CoercionSettings {
  private static final CoercionSettings DEFAULTS = custom().build();

  private final CoercionMode mode;
  private final String defaultRegion;
  private final List<String> datePatterns;
  private final List<DatePattern> compiledDatePatterns;
  private final boolean roundCurrency;

  private CoercionSettings(Builder builder) {
    this.mode = builder.mode;
    this.defaultRegion = builder.defaultRegion;
    this.datePatterns = List.copyOf(builder.datePatterns);
    this.compiledDatePatterns = datePatterns.stream().map(DatePattern::compile).toList();
    this.roundCurrency = builder.roundCurrency;
  }

  /**
   * Lenient mode, phone region {@code US}, the date pattern {@code MM/dd/yyyy}, no currency
   * rounding.
   */
  public static CoercionSettings ofDefaults() {
    return DEFAULTS;
  }

  /** A builder starting from the defaults. */
  public static Builder custom() {
    return new Builder();
  }

  /** A builder pre-filled with these settings. */
  public Builder toBuilder() {
    return new Builder()
        .mode(mode)
        .defaultRegion(defaultRegion)
        .datePatterns(datePatterns)
        .roundCurrency(roundCurrency);
  }

  public CoercionMode mode() {
    return mode;
  }

  public boolean lenient() {
    return mode == CoercionMode.LENIENT;
  }

  /** The ISO 3166-1 alpha-2 region national phone numbers are read in, e.g. {@code "US"}. */
  public String defaultRegion() {
    return defaultRegion;
  }

  /** The {@link java.time.format.DateTimeFormatter} patterns accepted in lenient mode. */
  public List<String> datePatterns() {
    return datePatterns;
  }

  List<DatePattern> compiledDatePatterns() {
    return compiledDatePatterns;
  }

  /** Whether currency amounts are rounded half-even to 2 places instead of being rejected. */
  public boolean roundCurrency() {
    return roundCurrency;
  }

  @Override
  public String toString() {
    return "CoercionSettings{mode="
        + mode
        + ", defaultRegion="
        + defaultRegion
        + ", datePatterns="
        + datePatterns
        + ", roundCurrency="
        + roundCurrency
        + "}";
  }

  /** Builds {@link CoercionSettings}; not thread-safe. Each setter validates its argument. */
  public static final class Builder {
    private CoercionMode mode = CoercionMode.LENIENT;
    private String defaultRegion = "US";
    private List<String> datePatterns = List.of("MM/dd/yyyy");
    private boolean roundCurrency;

    private Builder() {}

    public Builder mode(CoercionMode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * The region national phone numbers are read in: a region libphonenumber knows, e.g. {@code
     * "US"} or {@code "gb"} (any case).
     */
    public Builder defaultRegion(String region) {
      Objects.requireNonNull(region, "defaultRegion");
      String upper = region.trim().toUpperCase(Locale.ROOT);
      if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(upper)) {
        throw new IllegalArgumentException(
            "defaultRegion: '" + region + "' is not a phone region such as US or GB");
      }
      this.defaultRegion = upper;
      return this;
    }

    /**
     * Date patterns accepted in lenient mode besides the ISO forms, tried in order, e.g. {@code
     * "MM/dd/yyyy"} or {@code "dd.MM.yyyy"}. Each must describe a whole date (year, month and day)
     * and nothing else.
     */
    public Builder datePatterns(List<String> patterns) {
      Objects.requireNonNull(patterns, "datePatterns");
      List<String> checked = new ArrayList<>(patterns.size());
      for (String pattern : patterns) {
        DatePattern.compile(pattern);
        checked.add(pattern);
      }
      this.datePatterns = List.copyOf(checked);
      return this;
    }

    public Builder datePatterns(String... patterns) {
      return datePatterns(List.of(patterns));
    }

    public Builder roundCurrency(boolean roundCurrency) {
      this.roundCurrency = roundCurrency;
      return this;
    }

    public CoercionSettings build() {
      return new CoercionSettings(this);
    }
  }
}
