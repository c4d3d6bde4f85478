package dev.cprops.mock.crm;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.cprops.mock.seed.DemoData;
import dev.cprops.mock.seed.DemoSeeder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The demo CRM's companies: one per demo customer (same {@code customer_key}, name, contact email
 * and domain) plus {@value #PROSPECTS} companies that are not customers yet. Their values are the
 * customers' values written the way people type them into a CRM: phones as {@code (415) 555-0100},
 * countries as {@code USA} or {@code U.K.}, amounts as {@code $1,200.50}, dates as {@code
 * 03/15/2024}, checkboxes as {@code yes}/{@code N}, plans by label. One company in ten has newer
 * figures than its customer (seats and MRR grew). Every value is one the connector's lenient
 * coercion accepts, except in {@link #BROKEN} companies of the API's data, whose bad values show
 * how a sync reports a record it cannot write. Deterministic: the same count gives the same data.
 */
public final class DemoCompanies {
  /** Companies without a customer, keyed after the last demo customer. */
  public static final int PROSPECTS = 12;

  /** How many companies carry a value the connector rejects (the API's data only). */
  public static final int BROKEN = 4;

  /** The CSV export's columns, as HubSpot names them, and the property each one holds. */
  static final Map<String, String> EXPORT_COLUMNS = exportColumns();

  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
  private static final Map<String, String> CODES_BY_NAME = codesByName();
  private static final long MESS_SEED = 0xC0FFEEL;
  private static final List<String[]> BAD_VALUES =
      List.of(
          new String[] {"phone", "ask reception"},
          new String[] {"country", "Europe"},
          new String[] {"renewal_date", "next spring"},
          new String[] {"mrr", "TBD"});

  private final List<Map<String, String>> clean;
  private final List<Map<String, String>> api;

  private DemoCompanies(List<Map<String, String>> clean, List<Map<String, String>> api) {
    this.clean = clean;
    this.api = api;
  }

  /** The companies of the first {@code customers} demo customers, and the prospects. */
  static DemoCompanies generate(int customers) {
    Random random = new Random(MESS_SEED);
    List<Map<String, String>> clean = new ArrayList<>();
    Iterator<Map<String, Object>> bodies = DemoData.customers(customers, DemoSeeder.RANDOM_SEED);
    int index = 0;
    while (bodies.hasNext()) {
      clean.add(company(bodies.next(), index++ % 10 == 3, random));
    }
    int width = Math.max(5, Integer.toString(customers).length());
    Iterator<Map<String, Object>> prospects = DemoData.customers(PROSPECTS, MESS_SEED);
    for (int i = 1; prospects.hasNext(); i++) {
      Map<String, Object> body = prospects.next();
      body.put("customer_key", "acct_" + zeroPadded(customers + i, width));
      clean.add(company(body, false, random));
    }
    List<Map<String, String>> api = new ArrayList<>();
    for (Map<String, String> company : clean) {
      api.add(new LinkedHashMap<>(company));
    }
    int stride = Math.max(1, api.size() / BROKEN);
    for (int b = 0; b < BROKEN && b * stride + 7 < api.size(); b++) {
      String[] bad = BAD_VALUES.get(b % BAD_VALUES.size());
      api.get(b * stride + 7).put(bad[0], bad[1]);
    }
    return new DemoCompanies(clean, api);
  }

  /**
   * The CSV export a CRM user would download of these companies (the API's data without the broken
   * values): a header of HubSpot's column names, then one row per company, {@code Record ID} being
   * the id the server gives it.
   *
   * @param customers the server's demo customer count
   */
  public static String csvExport(int customers) {
    StringBuilder csv = new StringBuilder();
    csv.append(String.join(",", EXPORT_COLUMNS.keySet())).append('\n');
    long id = CrmStore.FIRST_ID;
    for (Map<String, String> company : generate(customers).clean) {
      List<String> cells = new ArrayList<>();
      for (String property : EXPORT_COLUMNS.values()) {
        String value = property.equals("id") ? Long.toString(id) : company.get(property);
        cells.add(quoted(value == null ? "" : value));
      }
      csv.append(String.join(",", cells)).append('\n');
      id++;
    }
    return csv.toString();
  }

  /** The companies as the API holds them, bad values included. */
  List<Map<String, String>> api() {
    return api;
  }

  private static Map<String, String> company(
      Map<String, Object> customer, boolean grew, Random random) {
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) customer.get("meta");
    String email = (String) customer.get("email");
    Map<String, String> company = new LinkedHashMap<>();
    company.put("name", (String) customer.get("name"));
    company.put("customer_key", (String) customer.get("customer_key"));
    company.put("domain", email.substring(email.indexOf('@') + 1));
    company.put("primary_contact_email", email);
    put(company, "phone", phone((String) meta.get("phone"), random));
    put(company, "country", country((String) meta.get("country"), random));
    put(company, "state", (String) meta.get("region"));
    put(company, "industry", (String) meta.get("industry"));
    put(company, "website", website((String) meta.get("website"), random));
    put(company, "subscription_plan", plan((String) meta.get("subscription_plan"), random));
    BigDecimal seats = (BigDecimal) meta.get("seats");
    String mrr = (String) meta.get("mrr");
    if (grew && seats != null && mrr != null) {
      BigDecimal perSeat = new BigDecimal(mrr).divide(seats, 2, RoundingMode.HALF_EVEN);
      seats = seats.add(BigDecimal.valueOf(5));
      mrr = perSeat.multiply(seats).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
    put(company, "mrr", money(mrr, random));
    put(company, "seats", seats == null ? null : grouped(seats, random));
    put(company, "renewal_date", date((String) meta.get("renewal_date"), random));
    Object churn = meta.get("churn_risk");
    put(company, "churn_risk", churn == null ? null : checkbox((Boolean) churn, random));
    put(company, "billing_email", billingEmail((String) meta.get("billing_email"), random));
    return company;
  }

  private static String phone(String e164, Random random) {
    if (e164 == null) {
      return null;
    }
    PhoneNumber number;
    try {
      number = PHONES.parse(e164, "US");
    } catch (NumberParseException e) {
      return e164;
    }
    if (number.getCountryCode() != 1) {
      return random.nextBoolean() ? PHONES.format(number, PhoneNumberFormat.INTERNATIONAL) : e164;
    }
    String national = Long.toString(number.getNationalNumber());
    return switch (random.nextInt(4)) {
      case 0 -> PHONES.format(number, PhoneNumberFormat.NATIONAL);
      case 1 ->
          national.substring(0, 3) + "." + national.substring(3, 6) + "." + national.substring(6);
      case 2 -> PHONES.format(number, PhoneNumberFormat.INTERNATIONAL);
      default ->
          national.substring(0, 3) + "-" + national.substring(3, 6) + "-" + national.substring(6);
    };
  }

  private static String country(String englishName, Random random) {
    if (englishName == null) {
      return null;
    }
    String code = CODES_BY_NAME.get(englishName);
    if (code == null) {
      return englishName;
    }
    List<String> spellings =
        switch (code) {
          case "US" -> List.of("USA", "U.S.", "United States", "US", "United States of America");
          case "GB" -> List.of("United Kingdom", "UK", "U.K.", "England", "GB");
          case "DE" -> List.of("Germany", "DE", "DEU");
          case "NL" -> List.of("Netherlands", "Holland", "NL");
          default -> List.of(englishName, code, englishName.toUpperCase(Locale.ROOT));
        };
    return spellings.get(random.nextInt(spellings.size()));
  }

  private static String website(String url, Random random) {
    if (url == null || random.nextBoolean()) {
      return url;
    }
    return url.replaceFirst("^https?://", "");
  }

  private static String plan(String value, Random random) {
    if (value == null) {
      return null;
    }
    String label = Character.toUpperCase(value.charAt(0)) + value.substring(1);
    return switch (random.nextInt(3)) {
      case 0 -> label;
      case 1 -> value;
      default -> value.toUpperCase(Locale.ROOT);
    };
  }

  private static String money(String amount, Random random) {
    if (amount == null) {
      return null;
    }
    BigDecimal value = new BigDecimal(amount);
    DecimalFormat grouped =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    return switch (random.nextInt(4)) {
      case 0 -> "$" + grouped.format(value);
      case 1 -> value.stripTrailingZeros().toPlainString();
      case 2 -> "USD " + grouped.format(value);
      default -> amount;
    };
  }

  private static String grouped(BigDecimal number, Random random) {
    return random.nextBoolean()
        ? new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.US)).format(number)
        : number.toPlainString();
  }

  private static String date(String iso, Random random) {
    if (iso == null) {
      return null;
    }
    LocalDate date = LocalDate.parse(iso);
    return switch (random.nextInt(3)) {
      case 0 ->
          String.format("%02d/%02d/%d", date.getMonthValue(), date.getDayOfMonth(), date.getYear());
      case 1 -> iso + "T10:00:00Z";
      default -> iso;
    };
  }

  private static String checkbox(boolean value, Random random) {
    List<String> spellings =
        value ? List.of("yes", "Y", "true", "Yes") : List.of("no", "N", "false", "No");
    return spellings.get(random.nextInt(spellings.size()));
  }

  private static String billingEmail(String email, Random random) {
    if (email == null || random.nextBoolean()) {
      return email;
    }
    int at = email.indexOf('@');
    return email.substring(0, at + 1) + email.substring(at + 1).toUpperCase(Locale.ROOT);
  }

  private static void put(Map<String, String> company, String name, String value) {
    if (value != null) {
      company.put(name, value);
    }
  }

  private static String zeroPadded(int number, int width) {
    String digits = Integer.toString(number);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }

  private static String quoted(String value) {
    if (value.isEmpty() || value.matches("[^,\"\\r\\n]*") && value.strip().equals(value)) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static Map<String, String> codesByName() {
    Map<String, String> codes = new java.util.HashMap<>();
    for (String iso : Locale.getISOCountries()) {
      codes.put(new Locale("", iso).getDisplayCountry(Locale.ENGLISH), iso);
    }
    return codes;
  }

  private static Map<String, String> exportColumns() {
    Map<String, String> columns = new LinkedHashMap<>();
    columns.put("Record ID", "id");
    columns.put("Company name", "name");
    columns.put("Customer Key", "customer_key");
    columns.put("Company Domain Name", "domain");
    columns.put("Contact Email", "primary_contact_email");
    columns.put("Phone Number", "phone");
    columns.put("Country/Region", "country");
    columns.put("State/Region", "state");
    columns.put("Industry", "industry");
    columns.put("Website URL", "website");
    columns.put("Subscription Plan", "subscription_plan");
    columns.put("MRR", "mrr");
    columns.put("Seats", "seats");
    columns.put("Renewal Date", "renewal_date");
    columns.put("Churn Risk", "churn_risk");
    columns.put("Billing Email", "billing_email");
    return java.util.Collections.unmodifiableMap(columns);
  }
}
