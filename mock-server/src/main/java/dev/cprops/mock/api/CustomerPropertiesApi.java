package dev.cprops.mock.api;

import com.github.tomakehurst.wiremock.extension.Extension;
import dev.cprops.mock.store.CustomerPropertiesStore;
import dev.cprops.mock.webhooks.ResourceViews;
import dev.cprops.mock.webhooks.Webhooks;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The stateful customer-properties API as WireMock extensions: the transformer that answers the
 * catch-all stub, and the installer that keeps that stub in place. The request pipeline is: the
 * outer interceptors given (in order; e.g. rate limits, then fault injection), error responses,
 * authentication, then the routes.
 *
 * <p>Outer interceptors see every request before its credentials are checked ({@link
 * ApiRequest#caller()} null unless one of them identified it) and every response as data: they must
 * not throw.
 */
public final class CustomerPropertiesApi {
  private final AtomicLong requestsServed = new AtomicLong();
  private final ApiTransformer transformer;
  private final CatchAllStub catchAllStub = new CatchAllStub();

  public CustomerPropertiesApi(
      CustomerPropertiesStore store, VendorCredentials vendor, Webhooks webhooks) {
    this(store, vendor, webhooks, List.of());
  }

  public CustomerPropertiesApi(
      CustomerPropertiesStore store,
      VendorCredentials vendor,
      Webhooks webhooks,
      List<ApiInterceptor> outer) {
    Router router = ApiRoutes.all(store, webhooks);
    List<ApiInterceptor> interceptors = new ArrayList<>(outer);
    interceptors.add(new ErrorResponses());
    interceptors.add(new Authentication(new CallerIdentifier(vendor, store)));
    RequestPipeline pipeline = new RequestPipeline(interceptors, router::dispatch);
    this.transformer = new ApiTransformer(pipeline, requestsServed);
  }

  /** The resources as the vendor API renders them: what webhook events carry as {@code data}. */
  public static ResourceViews vendorViews() {
    return Representations.VENDOR_VIEWS;
  }

  /** The extensions to register with WireMock. */
  public List<Extension> extensions() {
    return List.of(transformer, catchAllStub);
  }

  /** How many requests the API has answered (errors included), since start. */
  public long requestsServed() {
    return requestsServed.get();
  }
}
