package dev.cprops.recipes.crm;

import dev.cprops.connector.spi.Action;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.Connector;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.FieldType;
import dev.cprops.connector.spi.PickList;
import dev.cprops.connector.spi.Trigger;
import java.util.List;

/**
 * The {@code crm} app: a small connector for a HubSpot-style CRM's companies (the mock server's
 * CRM, or HubSpot's CRM v3 API with a private app token), for the sample recipes. Connection:
 * {@code base_url} (e.g. {@code https://api.hubapi.com/crm/v3}) and {@code access_token} (a
 * secret). A trigger for new and updated companies and a batch update. Found by {@link
 * java.util.ServiceLoader}.
 */
public final class CrmConnector implements Connector {
  private final List<Action> actions = List.of(new BatchUpdateCompaniesAction());
  private final List<Trigger> triggers = List.of(new NewOrUpdatedCompanyTrigger());

  @Override
  public String id() {
    return "crm";
  }

  @Override
  public String title() {
    return "CRM (HubSpot-style companies)";
  }

  @Override
  public List<Field> connectionFields() {
    return List.of(
        Field.builder(CrmClient.BASE_URL, FieldType.STRING)
            .label("Base URL")
            .controlType(ControlType.URL)
            .optional(false)
            .hint("e.g. https://api.hubapi.com/crm/v3")
            .build(),
        Field.builder(CrmClient.ACCESS_TOKEN, FieldType.STRING)
            .label("Access token")
            .controlType(ControlType.PASSWORD)
            .optional(false)
            .hint("A private app access token; never logged.")
            .build());
  }

  @Override
  public void test(Connection connection) {
    CrmClient.of(connection).send("GET", "/objects/companies?limit=1", null);
  }

  @Override
  public List<Action> actions() {
    return actions;
  }

  @Override
  public List<Trigger> triggers() {
    return triggers;
  }

  @Override
  public List<PickList> pickLists() {
    return List.of();
  }
}
