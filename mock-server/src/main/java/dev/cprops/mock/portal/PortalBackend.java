package dev.cprops.mock.portal;

import dev.cprops.mock.api.VendorCredentials;
import dev.cprops.mock.chaos.ChaosController;
import dev.cprops.mock.ratelimit.FixedWindowRateLimiter;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.webhooks.Webhooks;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the portal works on: the same store, webhooks, chaos and rate limiter as the API, so every
 * change made in a page runs the API's rules and emits the API's webhook events.
 *
 * @param vendor the vendor's keys, checked at sign-in (never written into a page)
 * @param demoVendorKeys whether the vendor keys are the documented demo keys: only then does the
 *     sign-in page offer one-click vendor sign-in
 * @param demoPartnerKeys the seeded demo partners' API keys by partner_key (one-click sign-in)
 * @param reset empties the store (as {@code /__admin/customer-properties/reset})
 * @param reseed replaces the store's contents with the start-up seed
 */
public record PortalBackend(
    CustomerPropertiesStore store,
    Webhooks webhooks,
    ChaosController chaos,
    FixedWindowRateLimiter rateLimiter,
    VendorCredentials vendor,
    boolean demoVendorKeys,
    Supplier<Map<String, String>> demoPartnerKeys,
    Runnable reset,
    Runnable reseed) {

  public PortalBackend {
    Objects.requireNonNull(store, "store");
    Objects.requireNonNull(webhooks, "webhooks");
    Objects.requireNonNull(chaos, "chaos");
    Objects.requireNonNull(rateLimiter, "rateLimiter");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(demoPartnerKeys, "demoPartnerKeys");
    Objects.requireNonNull(reset, "reset");
    Objects.requireNonNull(reseed, "reseed");
  }

  @Override
  public String toString() {
    return "PortalBackend[vendor=" + vendor + "]";
  }
}
