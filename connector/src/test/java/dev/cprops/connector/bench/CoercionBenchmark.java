package dev.cprops.connector.bench;

import dev.cprops.connector.client.PropertyAccess;
import dev.cprops.connector.client.PropertyDefinition;
import dev.cprops.connector.client.PropertyOption;
import dev.cprops.connector.client.PropertyType;
import dev.cprops.connector.internal.fields.CoercionMode;
import dev.cprops.connector.internal.fields.CoercionSettings;
import dev.cprops.connector.internal.fields.ConnectionKind;
import dev.cprops.connector.internal.fields.PropertyFields;
import dev.cprops.connector.internal.fields.ValueCodec;
import dev.cprops.connector.internal.fields.ValueCodecs;
import dev.cprops.connector.spi.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coercion throughput per property type, single thread (values per second per core), for lenient
 * and strict mode over a canonical-input mix and a messy-input mix; then the cost of generating
 * fields for 200 property definitions. A plain harness: warm-up rounds, then several measured
 * rounds, reporting the median. Goals (issue 4): 1,000,000 values/s for every type but phone,
 * 100,000 for phone.
 *
 * <p>Run: {@code ./mvnw -B -q -pl connector test-compile exec:java
 * -Dexec.mainClass=dev.cprops.connector.bench.CoercionBenchmark -Dexec.classpathScope=test}
 */
public final class CoercionBenchmark {
  private static final int WARMUP_ROUNDS = 10;
  private static final int MEASURED_ROUNDS = 7;
  private static final long ROUND_NANOS = 200_000_000L;

  private static volatile Object sink;

  private CoercionBenchmark() {}

  public static void main(String[] args) {
    System.out.printf(
        Locale.ROOT,
        "Coercion throughput, 1 thread, median of %d rounds of %d ms after %d warm-up rounds%n%n",
        MEASURED_ROUNDS,
        ROUND_NANOS / 1_000_000,
        WARMUP_ROUNDS);
    System.out.printf(
        Locale.ROOT,
        "%-10s %14s %14s %14s %10s %4s | %14s %14s%n",
        "type",
        "lenient/canon",
        "lenient/messy",
        "strict/canon",
        "goal",
        "met",
        "lenient/reject",
        "strict/messy");
    Map<PropertyType, Inputs> inputs = inputs();
    boolean allMet = true;
    for (PropertyType type : PropertyType.values()) {
      Inputs in = inputs.get(type);
      double lc = measure(codec(type, CoercionMode.LENIENT), in.canonical());
      double lm = measure(codec(type, CoercionMode.LENIENT), in.messy());
      double sc = measure(codec(type, CoercionMode.STRICT), in.canonical());
      double lr = measure(codec(type, CoercionMode.LENIENT), in.invalid());
      double sm = measure(codec(type, CoercionMode.STRICT), in.messy());
      double goal = type == PropertyType.PHONE ? 100_000 : 1_000_000;
      boolean met = Math.min(lc, Math.min(lm, sc)) >= goal;
      allMet &= met;
      System.out.printf(
          Locale.ROOT,
          "%-10s %14s %14s %14s %10s %4s | %14s %14s%n",
          type.apiName(),
          rate(lc),
          rate(lm),
          rate(sc),
          rate(goal),
          met ? "yes" : "NO",
          rate(lr),
          rate(sm));
    }
    System.out.println();
    System.out.println(
        "values/s. canon: the API's canonical forms; messy: CRM forms lenient mode accepts;");
    System.out.println(
        "goal applies to those. lenient/reject: invalid values; strict/messy: the messy mix in");
    System.out.println(
        "strict mode, mostly rejected. Rejects cost one InputException each (stack trace).");
    System.out.println();
    fieldGeneration();
    System.out.println();
    System.out.println(allMet ? "All throughput goals met." : "Some throughput goals NOT met.");
  }

  private static double measure(ValueCodec codec, Object[] values) {
    double[] rates = new double[MEASURED_ROUNDS];
    for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
      long count = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        for (Object value : values) {
          try {
            sink = codec.toApi("meta.f", value);
          } catch (RuntimeException e) {
            sink = e;
          }
        }
        count += values.length;
        elapsed = System.nanoTime() - start;
      } while (elapsed < ROUND_NANOS);
      if (round >= WARMUP_ROUNDS) {
        rates[round - WARMUP_ROUNDS] = count * 1e9 / elapsed;
      }
    }
    java.util.Arrays.sort(rates);
    return rates[MEASURED_ROUNDS / 2];
  }

  private static void fieldGeneration() {
    List<PropertyDefinition> definitions = new ArrayList<>();
    PropertyType[] types = PropertyType.values();
    PropertyAccess[] levels = PropertyAccess.values();
    for (int i = 0; i < 200; i++) {
      PropertyType type = types[i % types.length];
      definitions.add(
          new PropertyDefinition(
              "cprop_" + i,
              "property_" + i,
              "Property " + i,
              type,
              levels[i % levels.length],
              type == PropertyType.DROPDOWN
                  ? List.of(
                      new PropertyOption("Free", "free"),
                      new PropertyOption("Pro", "pro"),
                      new PropertyOption("Enterprise", "enterprise"))
                  : List.of(),
              i % 7 == 0,
              i % 3 == 0 ? "Help for property " + i + "." : "",
              200 - i,
              type == PropertyType.CURRENCY ? "USD" : null,
              false,
              0,
              0));
    }
    PropertyFields fields = new PropertyFields(CoercionSettings.ofDefaults());
    System.out.println("Field generation for 200 property definitions (median microseconds)");
    System.out.printf(Locale.ROOT, "%-34s %12s%n", "variant", "us/generation");
    report("vendor create inputs + outputs", fields, definitions, ConnectionKind.VENDOR);
    report("partner create inputs + outputs", fields, definitions, ConnectionKind.PARTNER);
  }

  private static void report(
      String label,
      PropertyFields fields,
      List<PropertyDefinition> definitions,
      ConnectionKind kind) {
    double[] micros = new double[MEASURED_ROUNDS];
    for (int round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
      long count = 0;
      long start = System.nanoTime();
      long elapsed;
      do {
        List<Field> inputs = fields.createInputs(definitions, kind);
        List<Field> outputs = fields.outputs(definitions, kind);
        sink = PropertyFields.meta(inputs);
        sink = outputs;
        count++;
        elapsed = System.nanoTime() - start;
      } while (elapsed < ROUND_NANOS);
      if (round >= WARMUP_ROUNDS) {
        micros[round - WARMUP_ROUNDS] = elapsed / 1e3 / count;
      }
    }
    java.util.Arrays.sort(micros);
    System.out.printf(Locale.ROOT, "%-34s %12.1f%n", label, micros[MEASURED_ROUNDS / 2]);
  }

  private static String rate(double perSecond) {
    return String.format(Locale.ROOT, "%,.0f", perSecond);
  }

  private static ValueCodec codec(PropertyType type, CoercionMode mode) {
    PropertyDefinition definition =
        new PropertyDefinition(
            "cprop_b",
            "b",
            "B",
            type,
            PropertyAccess.EDITABLE,
            type == PropertyType.DROPDOWN
                ? List.of(
                    new PropertyOption("Free", "free"),
                    new PropertyOption("Pro", "pro"),
                    new PropertyOption("Basic Plan", "basic"),
                    new PropertyOption("Enterprise", "enterprise"))
                : List.of(),
            false,
            "",
            0,
            type == PropertyType.CURRENCY ? "USD" : null,
            false,
            0,
            0);
    return ValueCodecs.forDefinition(definition, CoercionSettings.custom().mode(mode).build());
  }

  private record Inputs(Object[] canonical, Object[] messy, Object[] invalid) {}

  private static Map<PropertyType, Inputs> inputs() {
    Map<PropertyType, Inputs> m = new EnumMap<>(PropertyType.class);
    m.put(
        PropertyType.INPUT,
        new Inputs(
            arr("Acme Ltd", "acct_42", "Enterprise customer", "x"),
            arr("  Acme Ltd ", 42L, "\tAcme\u00a0", new BigDecimal("12.50")),
            arr("x".repeat(256), List.of("a"))));
    m.put(
        PropertyType.EMAIL,
        new Inputs(
            arr("ana@example.com", "first.last+tag@sub.example.co.uk", "bob@acme.io"),
            arr(" Ana@EXAMPLE.com ", "mailto:bob@acme.io", "Ana <ana@example.com>", ""),
            arr("ana@", "ana@example", "ana..b@example.com")));
    m.put(
        PropertyType.TEXTAREA,
        new Inputs(
            arr("Some notes\nover two lines", "short"),
            arr("  padded notes  ", 7L, ""),
            arr("x".repeat(10_001), List.of("a"))));
    m.put(
        PropertyType.DROPDOWN,
        new Inputs(
            arr("pro", "basic", "enterprise", "free"),
            arr("PRO", " Basic Plan ", "Enterprise", ""),
            arr("Gold", "basic-plan")));
    m.put(
        PropertyType.CHECKBOX,
        new Inputs(
            arr(Boolean.TRUE, "true", "false", Boolean.FALSE),
            arr("yes", "N", " on ", "1", 0, "OFF"),
            arr("maybe", 2)));
    m.put(
        PropertyType.COUNTRY,
        new Inputs(
            arr("US", "GB", "United States", "Germany", "fr"),
            arr("USA", "U.K.", "United States of America", "Côte d'Ivoire", " de ", "Holland"),
            arr("Narnia", "Korea")));
    m.put(
        PropertyType.REGION,
        new Inputs(
            arr("California", "Ontario"),
            arr("  California ", 75, ""),
            arr("x".repeat(256), List.of("a"))));
    m.put(
        PropertyType.DATE,
        new Inputs(
            arr("2024-03-15", "1999-12-31", java.time.LocalDate.of(2024, 3, 15)),
            arr(
                "03/15/2024",
                "2024-03-15T23:30:00-05:00",
                1710460800000L,
                "1710460800000",
                "3/5/2024",
                " 2024-03-15 "),
            arr("2024-02-30", "soon")));
    m.put(
        PropertyType.CURRENCY,
        new Inputs(
            arr("1200.50", new BigDecimal("99.99"), 1200L, "0"),
            arr("$1,200", "USD 1,200.50", "(1,200.00)", "1.200,50", " 42 ", "-$5"),
            arr("12abc", "€100", "1.234")));
    m.put(
        PropertyType.NUMBER,
        new Inputs(
            arr("42", "-3.14", 1200L, new BigDecimal("1.5"), 0.25),
            arr("1,200", "1.200,5", "1 000 000", "+42", "1e3", " 7 "),
            arr("NaN", "12abc", "1.2k")));
    m.put(
        PropertyType.URL,
        new Inputs(
            arr("https://acme.com", "http://acme.com/pricing?x=1#top", "https://www.acme.co.uk/a"),
            arr("acme.com", "www.acme.com/pricing", "HTTPS://Acme.com/P", "//acme.com"),
            arr("ftp://acme.com", "acme", "https://acme .com")));
    m.put(
        PropertyType.PHONE,
        new Inputs(
            arr("+14155550100", "+442079460958", "+33142685300"),
            arr("(415) 555-0100", "415.555.0100", "+44 20 7946 0958", 4155550100L),
            arr("555-0100", "call me", "+1 415 555 010")));
    return m;
  }

  private static Object[] arr(Object... values) {
    return values;
  }
}
