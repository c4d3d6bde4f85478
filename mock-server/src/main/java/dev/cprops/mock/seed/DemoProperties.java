package dev.cprops.mock.seed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The twelve demo property definitions: a SaaS vendor syncing its CRM's account data. */
final class DemoProperties {
  static final List<String[]> PLANS =
      List.of(
          new String[] {"Starter", "starter"},
          new String[] {"Pro", "pro"},
          new String[] {"Enterprise", "enterprise"});

  private DemoProperties() {}

  static List<Map<String, Object>> all() {
    List<Map<String, Object>> all = new ArrayList<>();
    Map<String, Object> plan =
        definition(
            "subscription_plan",
            "Subscription Plan",
            "dropdown",
            "editable",
            "The plan the customer pays for.");
    List<Map<String, Object>> options = new ArrayList<>();
    for (String[] p : PLANS) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", p[0]);
      option.put("value", p[1]);
      options.add(option);
    }
    plan.put("options", options);
    all.add(plan);
    Map<String, Object> mrr =
        definition(
            "mrr",
            "MRR",
            "currency",
            "read_only",
            "Monthly recurring revenue, synced from billing.");
    mrr.put("currency", "USD");
    all.add(mrr);
    all.add(definition("seats", "Seats", "number", "read_only", "Licensed seats on the plan."));
    all.add(
        definition(
            "renewal_date", "Renewal Date", "date", "read_only", "When the contract renews."));
    all.add(definition("industry", "Industry", "input", "editable", "The customer's industry."));
    all.add(definition("country", "Country", "country", "editable", "Headquarters country."));
    all.add(
        definition(
            "region", "Region", "region", "editable", "Headquarters state, province or city."));
    all.add(definition("website", "Website", "url", "read_only", "The customer's website."));
    all.add(
        definition(
            "notes",
            "Account Notes",
            "textarea",
            "hidden",
            "Internal notes from the account team."));
    all.add(definition("phone", "Phone", "phone", "hidden", "Main phone number, E.164."));
    all.add(
        definition(
            "billing_email",
            "Billing Email",
            "email",
            "hidden_everywhere",
            "Where invoices go; synced for the billing integration only."));
    all.add(
        definition(
            "churn_risk",
            "Churn Risk",
            "checkbox",
            "hidden_everywhere",
            "Flagged by the CRM's health score; for integrations only."));
    return all;
  }

  private static Map<String, Object> definition(
      String apiName, String label, String type, String access, String helpText) {
    Map<String, Object> definition = new LinkedHashMap<>();
    definition.put("api_name", apiName);
    definition.put("label", label);
    definition.put("type", type);
    definition.put("access", access);
    definition.put("required", false);
    definition.put("help_text", helpText);
    return definition;
  }
}
