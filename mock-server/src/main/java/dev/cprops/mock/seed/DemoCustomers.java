package dev.cprops.mock.seed;

import dev.cprops.mock.values.PropertyType;
import dev.cprops.mock.values.ValueCanonicalizer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * Generates demo customer create bodies one at a time from a seed. The values hang together: a plan
 * decides the seats, the seats and plan the MRR; the country decides the region, the phone number
 * and the company's legal suffix; the company decides the website and the emails.
 */
final class DemoCustomers implements Iterator<Map<String, Object>> {
  private static final LocalDate FIRST_RENEWAL = LocalDate.of(2025, 1, 1);
  private static final int RENEWAL_SPAN_DAYS = 730;
  private static final List<String> CONTACT_FIRST_NAMES =
      List.of(
          "ana", "ben", "chloe", "david", "elena", "farah", "george", "hana", "ivan", "julia",
          "kenji", "laura", "marco", "nina", "omar", "priya", "quinn", "rosa", "sam", "tara",
          "umar", "vera", "will", "yuki", "zoe");
  private static final List<String> CONTACT_LAST_NAMES =
      List.of(
          "silva",
          "nguyen",
          "smith",
          "garcia",
          "mueller",
          "rossi",
          "kim",
          "patel",
          "dubois",
          "johansson",
          "obrien",
          "kowalski",
          "tanaka",
          "haddad",
          "cohen",
          "santos",
          "novak",
          "walker",
          "schmidt",
          "lopez");
  private static final List<String> BILLING_MAILBOXES =
      List.of("billing", "accounts", "finance", "ap", "invoices");
  private static final List<String> EVENTS =
      List.of("SaaStr", "Web Summit", "a partner webinar", "Dreamforce", "a customer referral");
  private static final List<String> INTERESTS =
      List.of(
          "the Enterprise plan",
          "SSO and audit logs",
          "the API",
          "annual billing",
          "a multi-region rollout",
          "the CRM integration");

  private final int count;
  private final Random random;
  private final CompanyNames companies;
  private final List<String> partnerKeys;
  private final int keyWidth;
  private int next;

  DemoCustomers(int count, long seed, List<String> partnerKeys) {
    this.count = count;
    this.random = new Random(seed);
    this.companies = new CompanyNames(seed);
    this.partnerKeys = List.copyOf(partnerKeys);
    this.keyWidth = Math.max(5, Integer.toString(count).length());
  }

  @Override
  public boolean hasNext() {
    return next < count;
  }

  @Override
  public Map<String, Object> next() {
    if (!hasNext()) {
      throw new NoSuchElementException("all " + count + " demo customers were generated");
    }
    int index = next++;
    CompanyNames.Company company = companies.company(index);
    DemoPlaces.Country country = DemoPlaces.pickCountry(random);
    String suffix = pick(country.suffixes());
    Map<String, Object> customer = new LinkedHashMap<>();
    customer.put("customer_key", "acct_" + zeroPadded(index + 1));
    customer.put("email", contactEmail(company));
    customer.put("name", suffix.isEmpty() ? company.name() : company.name() + " " + suffix);
    customer.put("partner_key", pick(partnerKeys));
    customer.put("meta", meta(company, country));
    return customer;
  }

  private Map<String, Object> meta(CompanyNames.Company company, DemoPlaces.Country country) {
    Map<String, Object> meta = new LinkedHashMap<>();
    String[] plan = chance(95) ? pick(DemoProperties.PLANS) : null;
    if (plan != null) {
      meta.put("subscription_plan", plan[1]);
      int seats = seats(plan[1]);
      if (chance(90)) {
        meta.put("mrr", monthlyRevenue(plan[1], seats));
      }
      if (chance(85)) {
        meta.put("seats", BigDecimal.valueOf(seats));
      }
      if (chance(80)) {
        meta.put(
            "renewal_date", FIRST_RENEWAL.plusDays(random.nextInt(RENEWAL_SPAN_DAYS)).toString());
      }
    }
    if (chance(90)) {
      meta.put("industry", company.industry());
    }
    DemoPlaces.Region region = pick(country.regions());
    if (chance(92)) {
      meta.put(
          "country", ValueCanonicalizer.canonicalize(PropertyType.COUNTRY, null, country.code()));
      if (chance(75)) {
        meta.put("region", region.name());
      }
    }
    if (chance(90)) {
      meta.put("website", "https://www." + company.domain() + (chance(20) ? "/" : ""));
    }
    if (chance(35)) {
      meta.put("notes", notes());
    }
    if (chance(60)) {
      meta.put("phone", DemoPhoneNumbers.phoneNumber(country, region, random));
    }
    if (chance(70)) {
      meta.put("billing_email", pick(BILLING_MAILBOXES) + "@" + company.domain());
    }
    if (chance(85)) {
      meta.put("churn_risk", chance(15));
    }
    return meta;
  }

  private int seats(String plan) {
    return switch (plan) {
      case "starter" -> 1 + random.nextInt(10);
      case "pro" -> 10 + random.nextInt(91);
      default -> 100 + random.nextInt(1901);
    };
  }

  private String monthlyRevenue(String plan, int seats) {
    BigDecimal pricePerSeat =
        switch (plan) {
          case "starter" -> new BigDecimal("29.00");
          case "pro" -> new BigDecimal("49.00");
          default -> new BigDecimal("79.00");
        };
    BigDecimal discount = BigDecimal.valueOf(pick(List.of(0, 0, 0, 10, 15, 20)), 2);
    return pricePerSeat
        .multiply(BigDecimal.valueOf(seats))
        .multiply(BigDecimal.ONE.subtract(discount))
        .setScale(2, RoundingMode.HALF_EVEN)
        .toPlainString();
  }

  private String notes() {
    String note = "Met at " + pick(EVENTS) + ". Interested in " + pick(INTERESTS) + ".";
    return chance(30) ? note + "\nFollow up next quarter." : note;
  }

  private String contactEmail(CompanyNames.Company company) {
    return pick(CONTACT_FIRST_NAMES) + "." + pick(CONTACT_LAST_NAMES) + "@" + company.domain();
  }

  private String zeroPadded(int number) {
    String digits = Integer.toString(number);
    return "0".repeat(Math.max(0, keyWidth - digits.length())) + digits;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
