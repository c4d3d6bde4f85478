package dev.cprops.connector.bench;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Deterministic CRM-like account rows, made one at a time from their index (never held in a list):
 * record {@code i} is the same in every run and every JVM. Each row has the customer columns and
 * eight properties of the demo definitions, of eight types, with the messy values a CRM export
 * holds ({@code "(415) 555-0123"}, {@code "USA"}, {@code "$1,200.50"}, {@code "03/15/2024"}, {@code
 * "yes"}, dropdown labels); {@link #canonical(int)} is the same row as the API's exact canonical
 * request body, what a bare client would send.
 */
public final class CrmRecords {
  static final String[] PARTNERS = {"partner_jane", "partner_raj", "partner_mei", "partner_lucas"};
  private static final String[][] PLANS = {
    {"Starter", "starter"}, {"pro", "pro"}, {"ENTERPRISE", "enterprise"}, {"Pro", "pro"}
  };
  private static final String[][] COUNTRIES = {
    {"USA", "US"}, {"United Kingdom", "GB"}, {"de", "DE"}, {"France", "FR"}, {"U.S.", "US"}
  };
  private static final String[] AREA_CODES = {"415", "212", "617", "312", "206"};
  private static final String[][] CHECKBOXES = {{"yes", "true"}, {"no", "false"}, {"Y", "true"}};

  private CrmRecords() {}

  /** The row as a CRM export holds it, keyed by column labels. */
  public static Map<String, Object> messy(int i) {
    SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("Account ID", customerKey(i));
    row.put("Email", "  Ops" + i + "@Company" + i + ".EXAMPLE ");
    row.put("Company Name", "Company " + i + " Ltd");
    row.put("Partner ID", PARTNERS[i % PARTNERS.length]);
    row.put("Subscription Plan", PLANS[random.nextInt(PLANS.length)][0]);
    long cents = 1_000 + random.nextLong(5_000_000);
    row.put(
        "MRR", "$" + String.format(Locale.US, "%,d", cents / 100) + "." + twoDigits(cents % 100));
    int seats = 1 + random.nextInt(20_000);
    row.put("Seats", String.format(Locale.US, "%,d", seats));
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    row.put("Renewal Date", twoDigits(month) + "/" + twoDigits(day) + "/2026");
    row.put("Country", COUNTRIES[random.nextInt(COUNTRIES.length)][0]);
    row.put("Website", "company" + i + ".example");
    String area = AREA_CODES[random.nextInt(AREA_CODES.length)];
    row.put("Phone", "(" + area + ") 555-01" + twoDigits(random.nextInt(100)));
    row.put("Churn Risk", CHECKBOXES[random.nextInt(CHECKBOXES.length)][0]);
    return row;
  }

  /** The same row as the API's canonical create body ({@code POST /customers}). */
  public static Map<String, Object> canonical(int i) {
    SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("subscription_plan", PLANS[random.nextInt(PLANS.length)][1]);
    long cents = 1_000 + random.nextLong(5_000_000);
    meta.put("mrr", BigDecimal.valueOf(cents, 2));
    meta.put("seats", BigDecimal.valueOf(1 + random.nextInt(20_000)));
    int month = 1 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    meta.put("renewal_date", "2026-" + twoDigits(month) + "-" + twoDigits(day));
    meta.put("country", COUNTRIES[random.nextInt(COUNTRIES.length)][1]);
    meta.put("website", "https://company" + i + ".example");
    String area = AREA_CODES[random.nextInt(AREA_CODES.length)];
    meta.put("phone", "+1" + area + "55501" + twoDigits(random.nextInt(100)));
    meta.put("churn_risk", Boolean.valueOf(CHECKBOXES[random.nextInt(CHECKBOXES.length)][1]));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("customer_key", customerKey(i));
    body.put("email", "Ops" + i + "@company" + i + ".example");
    body.put("name", "Company " + i + " Ltd");
    body.put("partner_key", PARTNERS[i % PARTNERS.length]);
    body.put("meta", meta);
    return body;
  }

  public static String customerKey(int i) {
    return "acct_" + i;
  }

  /** Rows {@code 0 .. count-1}, each made when it is asked for. */
  public static Iterator<Map<String, ?>> messyRows(int count) {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < count;
      }

      @Override
      public Map<String, ?> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return messy(next++);
      }
    };
  }

  private static String twoDigits(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }
}
