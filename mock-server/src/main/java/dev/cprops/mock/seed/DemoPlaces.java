package dev.cprops.mock.seed;

import java.util.List;
import java.util.Random;

/**
 * Where demo customers are: countries weighted like a US-based SaaS vendor's customer base, each
 * with a few regions, the legal suffix companies there use, and for the US and Canada a telephone
 * area code per region.
 */
final class DemoPlaces {
  /** A country, its weight, its company suffixes, and its regions with their area codes. */
  record Country(String code, int weight, List<String> suffixes, List<Region> regions) {}

  /** A region, with a NANP area code where the country uses one (0 otherwise). */
  record Region(String name, int areaCode) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country(
              "US",
              30,
              List.of("Inc.", "LLC", "Corp.", ""),
              List.of(
                  new Region("California", 415),
                  new Region("New York", 212),
                  new Region("Texas", 512),
                  new Region("Washington", 206),
                  new Region("Massachusetts", 617),
                  new Region("Illinois", 312),
                  new Region("Colorado", 303),
                  new Region("Georgia", 404),
                  new Region("Florida", 305),
                  new Region("Oregon", 503))),
          new Country(
              "CA",
              6,
              List.of("Inc.", "Ltd.", ""),
              List.of(
                  new Region("Ontario", 416),
                  new Region("Quebec", 514),
                  new Region("British Columbia", 604),
                  new Region("Alberta", 403))),
          new Country(
              "GB",
              10,
              List.of("Ltd", "plc", ""),
              regions("London", "Manchester", "Edinburgh", "Bristol", "Leeds")),
          new Country(
              "DE", 8, List.of("GmbH", "AG", ""), regions("Berlin", "Bavaria", "Hamburg", "Hesse")),
          new Country(
              "FR",
              5,
              List.of("SAS", "SA", ""),
              regions("Île-de-France", "Auvergne-Rhône-Alpes", "Occitanie")),
          new Country(
              "NL", 4, List.of("B.V.", ""), regions("North Holland", "South Holland", "Utrecht")),
          new Country(
              "AU",
              5,
              List.of("Pty Ltd", ""),
              regions("New South Wales", "Victoria", "Queensland")),
          new Country("IE", 3, List.of("Ltd", "DAC", ""), regions("Dublin", "Cork", "Galway")),
          new Country("SE", 3, List.of("AB", ""), regions("Stockholm", "Västra Götaland")),
          new Country("ES", 3, List.of("S.L.", "S.A.", ""), regions("Madrid", "Catalonia")),
          new Country(
              "IN", 4, List.of("Pvt. Ltd.", ""), regions("Karnataka", "Maharashtra", "Delhi")),
          new Country("BR", 3, List.of("Ltda.", ""), regions("São Paulo", "Rio de Janeiro")),
          new Country("JP", 3, List.of("K.K.", ""), regions("Tokyo", "Osaka")),
          new Country("SG", 2, List.of("Pte. Ltd.", ""), regions("Singapore")),
          new Country("MX", 2, List.of("S.A. de C.V.", ""), regions("Mexico City", "Jalisco")));

  private static final int TOTAL_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();

  private DemoPlaces() {}

  static Country pickCountry(Random random) {
    int ticket = random.nextInt(TOTAL_WEIGHT);
    for (Country country : COUNTRIES) {
      ticket -= country.weight();
      if (ticket < 0) {
        return country;
      }
    }
    throw new IllegalStateException("weights do not add up");
  }

  private static List<Region> regions(String... names) {
    return java.util.Arrays.stream(names).map(n -> new Region(n, 0)).toList();
  }
}
