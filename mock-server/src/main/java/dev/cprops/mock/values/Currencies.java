package dev.cprops.mock.values;

import java.util.List;
import java.util.Set;

/** ISO 4217 currency codes, for the {@code currency} field of a currency property definition. */
public final class Currencies {
  /** The currency of a currency property whose definition names none. */
  public static final String DEFAULT_CODE = "USD";

  /**
   * The codes accepted: {@link java.util.Currency}'s list as of JDK 17.0.15 (current and historic
   * ISO 4217 codes), written out so the server accepts the same codes on every JDK and the OpenAPI
   * document's {@code CurrencyCode} enum can list exactly them.
   */
  private static final String CODE_LIST =
      "ADP AED AFA AFN ALL AMD ANG AOA ARS ATS AUD AWG AYM AZM AZN BAM "
          + "BBD BDT BEF BGL BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYB "
          + "BYN BYR BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CSD CUC "
          + "CUP CVE CYP CZK DEM DJF DKK DOP DZD EEK EGP ERN ESP ETB EUR FIM "
          + "FJD FKP FRF GBP GEL GHC GHS GIP GMD GNF GRD GTQ GWP GYD HKD HNL "
          + "HRK HTG HUF IDR IEP ILS INR IQD IRR ISK ITL JMD JOD JPY KES KGS "
          + "KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LTL LUF LVL LYD "
          + "MAD MDL MGA MGF MKD MMK MNT MOP MRO MRU MTL MUR MVR MWK MXN MXV "
          + "MYR MZM MZN NAD NGN NIO NLG NOK NPR NZD OMR PAB PEN PGK PHP PKR "
          + "PLN PTE PYG QAR ROL RON RSD RUB RUR RWF SAR SBD SCR SDD SDG SEK "
          + "SGD SHP SIT SKK SLE SLL SOS SRD SRG SSP STD STN SVC SYP SZL THB "
          + "TJS TMM TMT TND TOP TPE TRL TRY TTD TWD TZS UAH UGX USD USN USS "
          + "UYI UYU UZS VEB VED VEF VES VND VUV WST XAF XAG XAU XBA XBB XBC "
          + "XBD XCD XCG XDR XFO XFU XOF XPD XPF XPT XSU XTS XUA XXX YER YUM "
          + "ZAR ZMK ZMW ZWD ZWG ZWL ZWN ZWR";

  private static final List<String> CODES = List.of(CODE_LIST.split(" "));

  private static final Set<String> CODE_SET = Set.copyOf(CODES);

  private Currencies() {}

  /** Every accepted code, in alphabetical order. */
  public static List<String> codes() {
    return CODES;
  }

  /**
   * Whether {@code code} is one of the accepted ISO 4217 alphabetic codes, written exactly as the
   * standard does (three upper-case letters: {@code "USD"} yes, {@code "usd"} no).
   *
   * @param code the code to check; null is not a code
   * @return true for a known code
   */
  public static boolean isValidCode(String code) {
    return code != null && CODE_SET.contains(code);
  }
}
