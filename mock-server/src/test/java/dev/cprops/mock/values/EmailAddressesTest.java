package dev.cprops.mock.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.errors.ErrorCode;
import org.junit.jupiter.api.Test;

/** The customer's own email; the email property type's cases live in value-cases.json. */
class EmailAddressesTest {

  @Test
  void canonicalize_trimsAndLowerCasesTheDomainOnly() {
    assertThat(EmailAddresses.canonicalize("  Ana.Silva@Acme.COM "))
        .isEqualTo("Ana.Silva@acme.com");
  }

  @Test
  void canonicalize_accepts255Characters() {
    String address = "a".repeat(64) + "@" + ("b".repeat(61) + ".").repeat(3) + "c".repeat(4);

    assertThat(address).hasSize(255);
    assertThat(EmailAddresses.canonicalize(address)).isEqualTo(address);
  }

  @Test
  void canonicalize_rejects256Characters() {
    String address = "a".repeat(64) + "@" + ("b".repeat(61) + ".").repeat(3) + "c".repeat(5);

    assertThatThrownBy(() -> EmailAddresses.canonicalize(address))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_EMAIL))
        .hasMessageEndingWith(
            " is not an email address: expected an email address (e.g. ana@example.com) of 4 to 255"
                + " characters");
  }

  @Test
  void canonicalize_countsLengthAfterTrimming() {
    assertThat(EmailAddresses.canonicalize("   a@b.co   ")).isEqualTo("a@b.co");
  }

  @Test
  void canonicalize_rejectsNull() {
    assertThatThrownBy(() -> EmailAddresses.canonicalize(null))
        .isInstanceOf(NullPointerException.class);
  }
}
