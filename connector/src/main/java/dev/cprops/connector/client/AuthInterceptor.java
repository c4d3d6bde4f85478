package dev.cprops.connector.client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds the {@code Authorization} header for vendor (Basic) or partner (Bearer) credentials. */
final class AuthInterceptor implements Interceptor {
  private final String authorization;

  public AuthInterceptor(Credentials credentials) {
    if (credentials instanceof Credentials.Vendor v) {
      this.authorization =
          okhttp3.Credentials.basic(v.publicKey(), v.secretKey(), StandardCharsets.UTF_8);
    } else {
      this.authorization = "Bearer " + ((Credentials.Partner) credentials).apiKey();
    }
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(
        chain.request().newBuilder().header("Authorization", authorization).build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor[Authorization=[redacted]]";
  }
}
