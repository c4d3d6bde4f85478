package dev.cprops.connector.client;

import dev.cprops.connector.internal.json.JsonRedactor;
import dev.cprops.connector.internal.json.JsonTree;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;

/**
 * Logs requests and responses like OkHttp's logging interceptor, but never a credential: the {@code
 * Authorization} header is redacted, JSON bodies have their secret-looking members redacted, and as
 * a last guard every occurrence of a known secret value is blanked from each line.
 */
final class RedactingLoggingInterceptor implements Interceptor {
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");
  private static final long MAX_BODY = 64 * 1024;

  private final HttpLogger logger;
  private final HttpLogger.Level level;
  private final List<String> secrets;

  public RedactingLoggingInterceptor(
      HttpLogger logger, HttpLogger.Level level, List<String> secrets) {
    this.logger = logger;
    this.level = level;
    this.secrets = List.copyOf(secrets);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogger.Level.NONE) {
      return chain.proceed(request);
    }
    log("--> " + request.method() + " " + request.url());
    if (level.compareTo(HttpLogger.Level.HEADERS) >= 0) {
      logHeaders(request.headers());
    }
    if (level == HttpLogger.Level.BODY && request.body() != null) {
      Buffer buffer = new Buffer();
      request.body().writeTo(buffer);
      log(body(buffer.readByteArray()));
    }
    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log("<-- HTTP FAILED: " + e);
      throw e;
    }
    long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    log(
        "<-- "
            + response.code()
            + " "
            + request.method()
            + " "
            + request.url()
            + " ("
            + tookMs
            + "ms)");
    if (level.compareTo(HttpLogger.Level.HEADERS) >= 0) {
      logHeaders(response.headers());
    }
    if (level == HttpLogger.Level.BODY) {
      log(body(response.peekBody(MAX_BODY).bytes()));
    }
    return response;
  }

  private void logHeaders(Headers headers) {
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      boolean secret = SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT));
      log(name + ": " + (secret ? JsonRedactor.REDACTED : headers.value(i)));
    }
  }

  private static String body(byte[] bytes) {
    if (bytes.length == 0) {
      return "(empty body)";
    }
    try {
      return new String(
          JsonTree.write(JsonRedactor.redact(JsonTree.parse(bytes))), StandardCharsets.UTF_8);
    } catch (RuntimeException notJson) {
      return "(non-JSON body, " + bytes.length + " bytes)";
    }
  }

  private void log(String line) {
    String safe = line;
    for (String secret : secrets) {
      safe = safe.replace(secret, JsonRedactor.REDACTED);
    }
    logger.log(safe);
  }
}
