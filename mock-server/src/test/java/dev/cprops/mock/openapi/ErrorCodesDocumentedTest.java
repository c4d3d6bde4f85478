package dev.cprops.mock.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cprops.mock.errors.ErrorCode;
import dev.cprops.mock.values.Currencies;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The error codes and the currency codes of the document are exactly the server's: the server makes
 * every field error from {@link ErrorCode} (its only type of code), so that enum is the list of
 * what it can send.
 */
class ErrorCodesDocumentedTest {
  private static final OpenApiDocument DOCUMENT = OpenApiDocument.load();
  private static final Map<Integer, String> RESPONSE_BY_STATUS =
      Map.of(400, "BadRequest", 403, "Forbidden", 409, "Conflict");

  @Test
  void fieldErrorCodeEnum_isExactlyEveryCodeTheServerCanSend() {
    List<String> documented =
        OpenApiDocument.enumOf(DOCUMENT.at("/components/schemas/FieldError/properties/code"));

    assertThat(documented)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ErrorCode.values()).map(ErrorCode::apiName).toList());
  }

  @Test
  void eachCode_isListedByTheResponseOfItsStatus() {
    for (ErrorCode code : ErrorCode.values()) {
      String response = RESPONSE_BY_STATUS.get(code.status());
      assertThat(response).as(code + " has a status the document describes").isNotNull();
      String description =
          DOCUMENT.at("/components/responses/" + response + "/description").asText();
      assertThat(description).as(response + " lists " + code).contains("`" + code.apiName() + "`");
    }
  }

  @Test
  void everyDocumentedResponse_withFieldErrors_isOneOfTheStatusesOfTheCodes() {
    assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::status).distinct())
        .containsExactlyInAnyOrderElementsOf(RESPONSE_BY_STATUS.keySet());
  }

  @Test
  void currencyCodeEnum_isExactlyTheCodesTheServerAccepts() {
    List<String> documented =
        OpenApiDocument.enumOf(DOCUMENT.at("/components/schemas/CurrencyCode"));

    assertThat(documented).containsExactlyElementsOf(Currencies.codes());
    assertThat(documented).allMatch(Currencies::isValidCode);
    assertThat(Currencies.isValidCode("ABC")).isFalse();
  }
}
