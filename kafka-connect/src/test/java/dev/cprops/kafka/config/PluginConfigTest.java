package dev.cprops.kafka.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cprops.kafka.sink.SinkKind;
import dev.cprops.kafka.source.SourceKind;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class PluginConfigTest {
  @Test
  void theDefinitionComesFromTheConnectionFieldsAndTheActionInputs() {
    ConfigDef def = PluginConfig.defaultDefinition(SinkKind.INSTANCE);
    assertThat(def.configKeys().get("connection.secret_key").type)
        .isEqualTo(ConfigDef.Type.PASSWORD);
    assertThat(def.configKeys().get("connection.auth_type").hasDefault()).isFalse();
    assertThat(def.configKeys().get("action").defaultValue).isEqualTo("batch_upsert_customers");
    assertThat(def.configKeys()).containsKeys("input.match_by", "input.partner_key", "key.column");
    assertThat(def.configKeys()).doesNotContainKey("input.records");
    assertThat(def.configKeys().get("input.concurrency").type).isEqualTo(ConfigDef.Type.INT);
  }

  @Test
  void parsedValuesBecomeTheConnectionAndTheInput() {
    Map<String, String> props = new HashMap<>();
    props.put("connection.auth_type", "vendor");
    props.put("connection.public_key", "pk");
    props.put("connection.secret_key", "very-secret");
    props.put("input.match_by", "customer_key");
    props.put("input.mapping", "{\"Account ID\": \"customer_key\"}");
    PluginConfig config = PluginConfig.parse(SinkKind.INSTANCE, props);
    assertThat(config.connectionValues()).containsEntry("secret_key", "very-secret");
    assertThat(config.connect().toString()).doesNotContain("very-secret");
    assertThat(config.input())
        .containsEntry("match_by", "customer_key")
        .containsEntry("mapping", Map.of("Account ID", "customer_key"));
  }

  @Test
  void aBadValueNamesTheKeyAndWhatWasExpected() {
    Map<String, String> props = new HashMap<>();
    props.put("connection.auth_type", "oauth");
    assertThatThrownBy(() -> PluginConfig.parse(SinkKind.INSTANCE, props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("connection.auth_type")
        .hasMessageContaining("vendor, partner");
    props.put("connection.auth_type", "vendor");
    props.put("trigger", "no_such_trigger");
    props.put("topic", "t");
    assertThatThrownBy(() -> PluginConfig.parse(SourceKind.INSTANCE, props))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("no_such_trigger")
        .hasMessageContaining("new_or_updated_customer");
  }
}
