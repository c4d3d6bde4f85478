package dev.cprops.mock.chaos;

import com.github.tomakehurst.wiremock.admin.AdminTask;
import com.github.tomakehurst.wiremock.admin.Router;
import com.github.tomakehurst.wiremock.extension.AdminApiExtension;
import com.github.tomakehurst.wiremock.http.RequestMethod;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import dev.cprops.mock.json.AdminJson;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Chaos at run time, under WireMock's {@code /__admin} (admin routes are never disturbed
 * themselves):
 *
 * <ul>
 *   <li>{@code GET /__admin/customer-properties/chaos}: the settings in force and the stats.
 *   <li>{@code POST /__admin/customer-properties/chaos} with the settings (see {@link
 *       ChaosSettingsJson}): puts them in force, restarts the seed's fault sequence and clears the
 *       stats.
 *   <li>{@code DELETE /__admin/customer-properties/chaos}: turns chaos off; the stats stay.
 *   <li>{@code DELETE /__admin/customer-properties/chaos/stats}: clears the stats.
 * </ul>
 */
public final class ChaosAdmin implements AdminApiExtension {
  static final String PATH = "/customer-properties/chaos";

  private final ChaosController controller;

  public ChaosAdmin(ChaosController controller) {
    this.controller = controller;
  }

  @Override
  public String getName() {
    return "customer-properties-chaos-admin";
  }

  @Override
  public void contributeAdminApiRoutes(Router router) {
    router.add(RequestMethod.GET, PATH, (admin, event, params) -> answer("Chaos"));
    router.add(RequestMethod.POST, PATH, set());
    router.add(
        RequestMethod.DELETE,
        PATH,
        (admin, event, params) -> {
          controller.turnOff();
          return answer("Chaos off");
        });
    router.add(
        RequestMethod.DELETE,
        PATH + "/stats",
        (admin, event, params) -> {
          controller.clearStats();
          return answer("Chaos stats cleared");
        });
  }

  private AdminTask set() {
    return (admin, event, params) -> {
      ChaosSettings settings;
      try {
        settings =
            ChaosSettingsJson.parse(
                AdminJson.readObject(event.getRequest().getBody(), ChaosSettingsJson.FIELDS),
                ThreadLocalRandom.current()::nextLong);
      } catch (AdminJson.BadBody e) {
        return AdminJson.error(400, e.getMessage());
      }
      controller.set(settings);
      return answer(settings.enabled() ? "Chaos on" : "Chaos off");
    };
  }

  private ResponseDefinition answer(String message) {
    return AdminJson.ok(message, ChaosSettingsJson.view(controller.settings(), controller.stats()));
  }
}
