package dev.cprops.mock.values;

import static dev.cprops.mock.errors.ErrorCode.INVALID_API_NAME;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A property's {@code api_name}: lower snake case matching {@code ^[a-z][a-z0-9_]{0,63}$}, derived
 * from the label when a definition does not give one.
 */
public final class ApiNames {
  /** The error code when no api_name can be derived from a label. */

  /** The rule every api_name matches. */
  public static final Pattern RULE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /** Prepended when a label starts with a digit ("2024 Revenue" becomes "prop_2024_revenue"). */
  static final String DIGIT_PREFIX = "prop_";

  private static final int MAX_LENGTH = 64;
  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ`]");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
  private static final Map<String, String> LETTERS_WITHOUT_DECOMPOSITION =
      Map.of(
          "ß", "ss", "æ", "ae", "œ", "oe", "ø", "o", "ł", "l", "đ", "d", "ð", "d", "þ", "th", "ı",
          "i");

  private ApiNames() {}

  /**
   * Derives an api_name from a label: accents folded ({@code é -> e}, {@code ß -> ss}, {@code æ ->
   * ae}), lower-cased, apostrophes dropped ("Partner's Notes" -> {@code partners_notes}), every run
   * of other characters that are not ASCII letters or digits turned into one underscore, leading
   * and trailing underscores removed, {@value #DIGIT_PREFIX} prepended when the result starts with
   * a digit, and cut to 64 characters (trailing underscores removed again). "Subscription Plan" ->
   * {@code subscription_plan}, "MRR (USD)" -> {@code mrr_usd}. camelCase is not split.
   *
   * @param label the property label; not null
   * @return an api_name for which {@link #isValid(String)} is true
   * @throws InvalidValueException with code {@value #INVALID_API_NAME} when the label holds no
   *     letter or digit that folds to ASCII (e.g. "売上" or "---"): the client must give an api_name
   * @throws NullPointerException when {@code label} is null
   */
  public static String fromLabel(String label) {
    String folded = foldToAscii(label.toLowerCase(Locale.ROOT));
    String snake = trimUnderscores(SEPARATORS.matcher(folded).replaceAll("_"));
    if (snake.isEmpty()) {
      throw new InvalidValueException(
          INVALID_API_NAME,
          ValueFormat.quote(label)
              + " has no letters or digits to derive an api_name from: expected an api_name"
              + " matching ^[a-z][a-z0-9_]{0,63}$");
    }
    String name = Character.isDigit(snake.charAt(0)) ? DIGIT_PREFIX + snake : snake;
    return name.length() <= MAX_LENGTH ? name : trimUnderscores(name.substring(0, MAX_LENGTH));
  }

  /**
   * Whether {@code apiName} matches {@code ^[a-z][a-z0-9_]{0,63}$}.
   *
   * @param apiName the name to check; null is not valid
   * @return true when it matches the rule
   */
  public static boolean isValid(String apiName) {
    return apiName != null && RULE.matcher(apiName).matches();
  }

  private static String foldToAscii(String lowerCase) {
    StringBuilder replaced = new StringBuilder(lowerCase.length());
    lowerCase
        .codePoints()
        .forEach(
            cp -> {
              String letter = new String(Character.toChars(cp));
              replaced.append(LETTERS_WITHOUT_DECOMPOSITION.getOrDefault(letter, letter));
            });
    String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFKD);
    String withoutMarks = COMBINING_MARKS.matcher(decomposed).replaceAll("");
    return APOSTROPHES.matcher(withoutMarks).replaceAll("").toLowerCase(Locale.ROOT);
  }

  private static String trimUnderscores(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == '_') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == '_') {
      end--;
    }
    return text.substring(start, end);
  }
}
