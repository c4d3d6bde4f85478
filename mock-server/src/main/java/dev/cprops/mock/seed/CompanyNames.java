package dev.cprops.mock.seed;

import java.util.List;
import java.util.Locale;

/**
 * Realistic company names from two word lists ("Northwind" + "Analytics"), and a unique web domain
 * for each: customer {@code i} gets a distinct combination, spread over the lists by a seeded
 * permutation, with a number appended to the domain once every combination is used.
 */
final class CompanyNames {
  static final List<String> FIRST_WORDS =
      List.of(
          "Northwind",
          "Bluepeak",
          "Brightline",
          "Cedar",
          "Summit",
          "Harbor",
          "Ironwood",
          "Lumen",
          "Maple",
          "Nimbus",
          "Orbit",
          "Pinecrest",
          "Quarry",
          "Redwood",
          "Silverline",
          "Tidewater",
          "Vertex",
          "Willow",
          "Zephyr",
          "Atlas",
          "Beacon",
          "Cobalt",
          "Driftwood",
          "Evergreen",
          "Falcon",
          "Granite",
          "Helix",
          "Indigo",
          "Juniper",
          "Keystone",
          "Lighthouse",
          "Meridian",
          "Northstar",
          "Oakridge",
          "Pioneer",
          "Quantum",
          "Riverbend",
          "Sterling",
          "Trailhead",
          "Upland",
          "Vantage",
          "Westbrook");

  /** The second word, and the industry a company with that word is in. */
  static final List<String[]> SECOND_WORDS =
      List.of(
          new String[] {"Analytics", "Software"},
          new String[] {"Logistics", "Logistics & Supply Chain"},
          new String[] {"Software", "Software"},
          new String[] {"Health", "Healthcare"},
          new String[] {"Labs", "Research"},
          new String[] {"Systems", "IT Services"},
          new String[] {"Foods", "Food & Beverage"},
          new String[] {"Robotics", "Manufacturing"},
          new String[] {"Media", "Media & Publishing"},
          new String[] {"Capital", "Financial Services"},
          new String[] {"Energy", "Energy"},
          new String[] {"Studios", "Design"},
          new String[] {"Networks", "Telecommunications"},
          new String[] {"Outfitters", "Retail"},
          new String[] {"Dental", "Healthcare"},
          new String[] {"Legal", "Legal Services"},
          new String[] {"Security", "Cybersecurity"},
          new String[] {"Learning", "Education"},
          new String[] {"Cloud", "Software"},
          new String[] {"Retail", "Retail"},
          new String[] {"Freight", "Logistics & Supply Chain"},
          new String[] {"Biotech", "Biotechnology"},
          new String[] {"Design", "Design"},
          new String[] {"Payments", "Fintech"},
          new String[] {"Travel", "Travel & Hospitality"},
          new String[] {"Insurance", "Insurance"},
          new String[] {"Manufacturing", "Manufacturing"},
          new String[] {"Consulting", "Professional Services"},
          new String[] {"Apparel", "Fashion"},
          new String[] {"Data", "Software"});

  private static final int COMBINATIONS = FIRST_WORDS.size() * SECOND_WORDS.size();

  /**
   * Coprime with {@link #COMBINATIONS}, so that {@code k -> k * STRIDE + offset} is a bijection.
   */
  private static final int STRIDE = 563;

  private final int offset;

  CompanyNames(long seed) {
    this.offset = (int) Math.floorMod(seed, (long) COMBINATIONS);
  }

  /** The company of customer {@code index} (0-based). */
  Company company(int index) {
    int combination = (int) (((long) (index % COMBINATIONS) * STRIDE + offset) % COMBINATIONS);
    int round = index / COMBINATIONS;
    String first = FIRST_WORDS.get(combination % FIRST_WORDS.size());
    String[] second = SECOND_WORDS.get(combination / FIRST_WORDS.size());
    String slug = (first + "-" + second[0]).toLowerCase(Locale.ROOT);
    String domain = slug + (round == 0 ? "" : "-" + (round + 1)) + ".example";
    return new Company(first + " " + second[0], domain, second[1]);
  }

  /** A company: its name without legal suffix, its unique domain, its industry. */
  record Company(String name, String domain, String industry) {}
}
