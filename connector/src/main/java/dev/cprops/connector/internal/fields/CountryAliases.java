package dev.cprops.connector.internal.fields;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Common names of countries that are neither the ISO codes nor the English names {@link
 * java.util.Locale} gives: abbreviations, ISO 3166 formal short names ("Korea, Republic of"), older
 * names ("Swaziland"), and the parts of the United Kingdom, which CRMs often hold as a country.
 * Matched after folding (case, accents, spaces and punctuation ignored).
 */
final class CountryAliases {
  private CountryAliases() {}

  static final Map<String, String> ALIASES =
      Map.ofEntries(
          entry("U.S.A.", "US"),
          entry("United States of America", "US"),
          entry("America", "US"),
          entry("U.K.", "GB"),
          entry("Great Britain", "GB"),
          entry("Britain", "GB"),
          entry("England", "GB"),
          entry("Scotland", "GB"),
          entry("Wales", "GB"),
          entry("Northern Ireland", "GB"),
          entry("United Kingdom of Great Britain and Northern Ireland", "GB"),
          entry("Holland", "NL"),
          entry("Netherlands, Kingdom of the", "NL"),
          entry("Korea, Republic of", "KR"),
          entry("Republic of Korea", "KR"),
          entry("Korea (South)", "KR"),
          entry("Korea, Democratic People's Republic of", "KP"),
          entry("Democratic People's Republic of Korea", "KP"),
          entry("DPRK", "KP"),
          entry("Korea (North)", "KP"),
          entry("Russian Federation", "RU"),
          entry("Czech Republic", "CZ"),
          entry("Ivory Coast", "CI"),
          entry("U.A.E.", "AE"),
          entry("Emirates", "AE"),
          entry("Democratic Republic of the Congo", "CD"),
          entry("Congo, Democratic Republic of the", "CD"),
          entry("Congo, The Democratic Republic of the", "CD"),
          entry("DR Congo", "CD"),
          entry("DRC", "CD"),
          entry("Congo (Kinshasa)", "CD"),
          entry("Republic of the Congo", "CG"),
          entry("Congo, Republic of the", "CG"),
          entry("Congo (Brazzaville)", "CG"),
          entry("Congo", "CG"),
          entry("Burma", "MM"),
          entry("Macau", "MO"),
          entry("Iran, Islamic Republic of", "IR"),
          entry("Islamic Republic of Iran", "IR"),
          entry("Syrian Arab Republic", "SY"),
          entry("Lao People's Democratic Republic", "LA"),
          entry("Lao PDR", "LA"),
          entry("Viet Nam", "VN"),
          entry("Bolivia, Plurinational State of", "BO"),
          entry("Venezuela, Bolivarian Republic of", "VE"),
          entry("Tanzania, United Republic of", "TZ"),
          entry("United Republic of Tanzania", "TZ"),
          entry("Moldova, Republic of", "MD"),
          entry("Republic of Moldova", "MD"),
          entry("Taiwan, Province of China", "TW"),
          entry("Micronesia, Federated States of", "FM"),
          entry("Federated States of Micronesia", "FM"),
          entry("Macedonia", "MK"),
          entry("Republic of North Macedonia", "MK"),
          entry("Swaziland", "SZ"),
          entry("Cabo Verde", "CV"),
          entry("Brunei Darussalam", "BN"),
          entry("Palestine", "PS"),
          entry("State of Palestine", "PS"),
          entry("Palestine, State of", "PS"),
          entry("Holy See", "VA"),
          entry("Vatican", "VA"),
          entry("Holy See (Vatican City State)", "VA"),
          entry("Türkiye", "TR"),
          entry("East Timor", "TL"),
          entry("Falkland Islands (Malvinas)", "FK"),
          entry("Virgin Islands, U.S.", "VI"),
          entry("Virgin Islands, British", "VG"),
          entry("United States Minor Outlying Islands", "UM"),
          entry("Heard Island and McDonald Islands", "HM"),
          entry("Saint Vincent and the Grenadines", "VC"),
          entry("Pitcairn", "PN"),
          entry("Bonaire, Sint Eustatius and Saba", "BQ"),
          entry("Saint Martin (French part)", "MF"),
          entry("Sint Maarten (Dutch part)", "SX"),
          entry("Saint Helena, Ascension and Tristan da Cunha", "SH"),
          entry("Cocos Islands", "CC"),
          entry("Mainland China", "CN"),
          entry("People's Republic of China", "CN"),
          entry("PRC", "CN"));
}
