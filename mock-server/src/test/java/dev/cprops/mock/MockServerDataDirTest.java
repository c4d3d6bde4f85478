package dev.cprops.mock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.mock.persistence.DataDirException;
import dev.cprops.mock.persistence.RecoveryReport;
import dev.cprops.mock.seed.Seed;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockServerDataDirTest {
  @TempDir Path dataDir;

  @Test
  void aRestart_keepsTheDataItFinds_andDoesNotSeedAgain() {
    Map<String, String> partnerKeys;
    try (MockServer first = MockServer.builder().customers(5).dataDir(dataDir).build().start()) {
      assertThat(first.recovery()).map(RecoveryReport::fresh).contains(true);
      partnerKeys = first.partnerKeys();
      first
          .store()
          .createCustomer(
              Map.of(
                  "email",
                  "kept@example.com",
                  "partner_key",
                  "partner_jane",
                  "customer_key",
                  "kept"));
    }

    try (MockServer second = MockServer.builder().customers(50).dataDir(dataDir).build().start()) {
      assertThat(second.recovery()).map(RecoveryReport::fresh).contains(false);
      assertThat(second.store().counts().customers()).isEqualTo(6);
      assertThat(second.store().getCustomer("kept").email()).isEqualTo("kept@example.com");
      assertThat(second.partnerKeys()).isEqualTo(partnerKeys).isNotEmpty();
    }
  }

  @Test
  void aResetIsKept_acrossARestart() {
    try (MockServer first = MockServer.builder().customers(5).dataDir(dataDir).build().start()) {
      first.reset();
    }

    try (MockServer second = MockServer.builder().customers(5).dataDir(dataDir).build().start()) {
      assertThat(second.store().counts().customers()).isZero();
      assertThat(second.partnerKeys()).isEmpty();
    }
  }

  @Test
  void withoutADataDir_thereIsNoRecovery() {
    try (MockServer server = MockServer.builder().seed(Seed.EMPTY).build().start()) {
      assertThat(server.recovery()).isEmpty();
    }
  }

  @Test
  void aDataDirInUse_failsTheStart() {
    try (MockServer first =
        MockServer.builder().seed(Seed.EMPTY).dataDir(dataDir).build().start()) {
      MockServer second = MockServer.builder().seed(Seed.EMPTY).dataDir(dataDir).build();
      assertThatThrownBy(second::start)
          .isInstanceOf(DataDirException.class)
          .hasMessageContaining("is in use by another mock server");
    }
  }
}
