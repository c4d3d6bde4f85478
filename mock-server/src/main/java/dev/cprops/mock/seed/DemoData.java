package dev.cprops.mock.seed;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo data of {@code --seed demo}, as API create bodies: partners with known API keys (printed
 * at startup and documented), one property definition of each of the twelve types spread over the
 * four access levels, and any number of realistic customers generated lazily from a seed. Every
 * call returns fresh mutable maps; nothing is shared.
 */
public final class DemoData {
  /** The demo partners: partner_key, email, name, api_key. */
  private static final String[][] PARTNERS = {
    {"partner_jane", "jane@brightpath-consulting.example", "Jane Cooper", "ptk_demo_jane"},
    {"partner_raj", "raj@patel-digital.example", "Raj Patel", "ptk_demo_raj"},
    {"partner_mei", "mei@tanaka-partners.example", "Mei Tanaka", "ptk_demo_mei"},
    {"partner_lucas", "lucas@martin-growth.example", "Lucas Martin", "ptk_demo_lucas"},
  };

  private DemoData() {}

  /**
   * The demo partners as {@code POST /partnerships} bodies ({@code partner_key}, {@code email},
   * {@code name}), each with one more entry, {@code api_key}: the partner's known demo API key
   * ({@code partner_jane} uses {@code ptk_demo_jane}, and so on).
   *
   * @return four new mutable maps, in a fixed order
   */
  public static List<Map<String, Object>> partners() {
    List<Map<String, Object>> partners = new ArrayList<>();
    for (String[] p : PARTNERS) {
      Map<String, Object> partner = new LinkedHashMap<>();
      partner.put("partner_key", p[0]);
      partner.put("email", p[1]);
      partner.put("name", p[2]);
      partner.put("api_key", p[3]);
      partners.add(partner);
    }
    return partners;
  }

  /**
   * Twelve {@code POST /customer-properties} bodies, one per type, in display order: {@code
   * api_name}, {@code label}, {@code type}, {@code access}, {@code required} (always false, so a
   * customer can be created without meta), {@code help_text}, plus {@code options} for the dropdown
   * and {@code currency} for the currency property. Access levels: editable (subscription_plan,
   * industry, country, region), read_only (mrr, seats, renewal_date, website), hidden (notes,
   * phone), hidden_everywhere (billing_email, churn_risk).
   *
   * @return twelve new mutable maps
   */
  public static List<Map<String, Object>> properties() {
    return DemoProperties.all();
  }

  /**
   * Lazily generates {@code count} {@code POST /customers} bodies: {@code customer_key} ({@code
   * acct_00001}, {@code acct_00002}, …; zero-padded to at least five digits), a unique {@code
   * email}, a company {@code name}, the {@code partner_key} of a demo partner and a {@code meta}
   * object of canonical values (as {@code ValueCanonicalizer} returns them) for some of the demo
   * properties; absent keys are left empty. The same seed gives the same customers. Memory use does
   * not depend on {@code count}.
   *
   * @param count how many customers, 0 or more
   * @param seed the random seed
   * @return a single-use iterator; each {@code next()} returns a new mutable map
   * @throws IllegalArgumentException when {@code count} is negative
   */
  public static Iterator<Map<String, Object>> customers(int count, long seed) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be 0 or more, was " + count);
    }
    List<String> partnerKeys = new ArrayList<>();
    for (String[] p : PARTNERS) {
      partnerKeys.add(p[0]);
    }
    return new DemoCustomers(count, seed, partnerKeys);
  }
}
