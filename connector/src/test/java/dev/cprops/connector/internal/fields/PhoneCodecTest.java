package dev.cprops.connector.internal.fields;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import dev.cprops.connector.spi.InputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneCodecTest {
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "+14155550100",
        "+12125550100",
        "+442079460958",
        "+390612345678",
        "+79161234567",
        "+8613800138000",
        "+61412345678",
        "+4930901820",
        "+114155550100",
        "+10000000000",
        "+999123456",
        "+1415555010",
        "+0123456789"
      })
  void e164Input_isDecidedExactlyAsTheFullParserWouldDecideIt(String e164) {
    String viaParser = parseAndFormat(e164);
    PhoneCodec codec = new PhoneCodec(CoercionSettings.ofDefaults());
    if (viaParser == null) {
      assertThatThrownBy(() -> codec.toApi("meta.tel", e164)).isInstanceOf(InputException.class);
    } else {
      assertThat(codec.toApi("meta.tel", e164)).isEqualTo(viaParser);
    }
  }

  private static String parseAndFormat(String text) {
    try {
      PhoneNumber number = PHONES.parse(text, "US");
      return PHONES.isValidNumber(number) ? PHONES.format(number, PhoneNumberFormat.E164) : null;
    } catch (NumberParseException e) {
      return null;
    }
  }
}
