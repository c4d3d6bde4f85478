package dev.cprops.mock.http;

import dev.cprops.mock.api.ApiResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Keeps WireMock's {@code /__admin} errors to JSON without Java internals: an error answered with
 * no body gets the API's {@code {"message": ..., "status": ...}}, and a Java class name in an error
 * body (WireMock quotes Jackson, which names the class it failed to build) is replaced by plain
 * words. Successful answers pass untouched.
 */
final class AdminErrorBodies extends Response.Wrapper {
  /** A qualified Java name ({@code com.example.SomeType}), or Jackson's {@code JsonToken.X}. */
  private static final Pattern JAVA_NAME =
      Pattern.compile(
          "(?:\\b(?:[a-z][a-z0-9_]*\\.)+([A-Z][A-Za-z0-9_]*)(?:\\$[A-Za-z0-9_]+)*)"
              + "|(?:\\bJsonToken\\.([A-Z_]+))");

  private final String path;
  private final String method;
  private ByteArrayOutputStream held;

  AdminErrorBodies(Request request, Response response) {
    super(request, response);
    this.path = request.getHttpURI().getPath();
    this.method = request.getMethod();
  }

  @Override
  public void write(boolean last, ByteBuffer content, Callback callback) {
    if (getStatus() < 400) {
      super.write(last, content, callback);
      return;
    }
    if (held == null) {
      held = new ByteArrayOutputStream();
    }
    if (content != null) {
      byte[] bytes = new byte[content.remaining()];
      content.get(bytes);
      held.writeBytes(bytes);
    }
    if (!last) {
      callback.succeeded();
      return;
    }
    byte[] body = rewrite(held.toByteArray());
    getHeaders().remove(HttpHeader.TRANSFER_ENCODING);
    getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    super.write(true, ByteBuffer.wrap(body), callback);
  }

  private byte[] rewrite(byte[] body) {
    if (body.length == 0) {
      getHeaders().put(HttpHeader.CONTENT_TYPE, ApiResponse.JSON);
      String reason = HttpStatus.getMessage(getStatus());
      String message =
          getStatus() == 404 ? "Not found: no admin route for " + method + " " + path : reason;
      return ErrorBodies.of(path, getStatus(), message);
    }
    return withoutJavaNames(new String(body, StandardCharsets.UTF_8))
        .getBytes(StandardCharsets.UTF_8);
  }

  /** The text with every qualified Java name replaced by the words of its simple name. */
  static String withoutJavaNames(String text) {
    Matcher matcher = JAVA_NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
      matcher.appendReplacement(out, Matcher.quoteReplacement(words(name)));
    }
    matcher.appendTail(out);
    return out.toString().replace("(String)", "").replace("(class ", "(");
  }

  /** {@code RequestPattern} as "request pattern", {@code START_ARRAY} as "start array". */
  private static String words(String name) {
    return name.replace('_', ' ')
        .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
        .toLowerCase(Locale.ROOT)
        .strip();
  }
}
