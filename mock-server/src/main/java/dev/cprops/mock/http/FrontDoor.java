package dev.cprops.mock.http;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The first handler of every request, before WireMock: what a hostile client must not get past.
 *
 * <ol>
 *   <li>A path and query longer than {@value FrontDoorSettings#MAX_TARGET_LENGTH} characters: 414.
 *   <li>An {@link EventStreamRoute}'s path: a stream of server-sent events, kept open here.
 *   <li>{@code /__admin}: the {@link AdminGate} (origin, host, token, content type); a HEAD is
 *       served as a GET without body; an error WireMock answers is kept to JSON ({@link
 *       AdminErrorBodies}).
 *   <li>A request to the API or the CRM without valid credentials: its body is not read at all (the
 *       routes answer 401 from the headers alone).
 *   <li>A body: read into memory here, without a thread waiting on a slow client, and refused past
 *       the size limit (413, as soon as a {@code Content-Length} says so), when it stalls or crawls
 *       (408), or when a gzip body inflates past the limit (413) or is not gzip (400); WireMock
 *       then reads it from memory.
 * </ol>
 *
 * Every refusal is JSON in the route's error shape and changes nothing.
 */
public final class FrontDoor extends Handler.Wrapper {
  private static final String ADMIN = "/__admin";

  private final FrontDoorSettings settings;
  private final CredentialCheck credentials;
  private final AdminGate adminGate;
  private final List<EventStreamRoute> eventStreams;

  public FrontDoor(
      FrontDoorSettings settings,
      CredentialCheck credentials,
      List<EventStreamRoute> eventStreams,
      Handler handler) {
    super(handler);
    this.settings = settings;
    this.credentials = credentials;
    this.eventStreams = List.copyOf(eventStreams);
    this.adminGate = new AdminGate(settings.adminToken(), settings.bindHost());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpURI uri = request.getHttpURI();
    String path = uri.getPath() == null ? "" : uri.getPath();
    int targetLength = path.length() + (uri.getQuery() == null ? 0 : uri.getQuery().length() + 1);
    if (targetLength > FrontDoorSettings.MAX_TARGET_LENGTH) {
      ErrorBodies.send(
          response,
          callback,
          null,
          414,
          "URI too long: "
              + targetLength
              + " characters of path and query, expected at most "
              + FrontDoorSettings.MAX_TARGET_LENGTH,
          hasBody(request));
      return true;
    }
    String canonical = uri.getCanonicalPath();
    for (EventStreamRoute route : eventStreams) {
      if (route.path().equals(canonical) && request.getMethod().equals("GET")) {
        if (!route.admits(name -> request.getHeaders().get(name))) {
          ErrorBodies.send(response, callback, path, 403, "Sign in to the portal first", false);
          return true;
        }
        route.subscribe(EventStream.open(response, callback));
        return true;
      }
    }
    boolean admin =
        canonical != null && (canonical.equals(ADMIN) || canonical.startsWith(ADMIN + "/"));
    String method = request.getMethod();
    if (admin) {
      Optional<AdminGate.Refusal> refusal = adminGate.check(request);
      if (refusal.isPresent()) {
        if (refusal.get().challenge() != null) {
          response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, refusal.get().challenge());
        }
        ErrorBodies.send(
            response,
            callback,
            path,
            refusal.get().status(),
            refusal.get().message(),
            hasBody(request));
        return true;
      }
      response = new AdminErrorBodies(request, response);
      if (method.equals("HEAD")) {
        method = "GET"; // WireMock's admin routes know GET only; Jetty still sends no body
      }
    }
    if (!hasBody(request)) {
      return super.handle(BufferedRequest.withMethod(request, method), response, callback);
    }
    boolean apiOrCrm = !admin && (path.startsWith("/api/") || path.startsWith("/crm/"));
    if (apiOrCrm && !credentials.admits(path, name -> request.getHeaders().get(name))) {
      // The routes answer 401 from the headers; the body is never read, and the connection
      // closes after the answer instead of waiting for the rest of it.
      response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
      return super.handle(
          new BufferedRequest(request, new byte[0], request.getHeaders(), method),
          response,
          callback);
    }
    long limit = apiOrCrm ? settings.maxApiBodyBytes() : settings.maxOtherBodyBytes();
    long declared = request.getLength();
    if (declared > limit) {
      ErrorBodies.send(
          response,
          LingeringClose.after(request, callback),
          path,
          413,
          tooLarge(declared + " bytes", limit),
          true);
      return true;
    }
    Response out = response;
    String shownMethod = method;
    new BodyReader(
            request,
            response,
            callback,
            path,
            limit,
            settings,
            body -> forward(request, out, callback, path, shownMethod, body, limit))
        .start();
    return true;
  }

  private void forward(
      Request request,
      Response response,
      Callback callback,
      String path,
      String method,
      byte[] body,
      long limit) {
    HttpFields headers = request.getHeaders();
    String encoding = headers.get(HttpHeader.CONTENT_ENCODING);
    boolean gzipHeader =
        encoding != null
            && (encoding.equalsIgnoreCase("gzip") || encoding.equalsIgnoreCase("x-gzip"));
    if (gzipHeader || isGzip(body)) {
      // WireMock inflates a gzip body (even one without Content-Encoding) unbounded: inflate it
      // here, within the limit, and hand on what it holds.
      try {
        body = inflate(body, limit);
      } catch (TooLarge e) {
        ErrorBodies.send(
            response, callback, path, 413, tooLarge("once inflated, more", limit), true);
        return;
      } catch (IOException e) {
        ErrorBodies.send(
            response, callback, path, 400, "Malformed request body: not valid gzip", false);
        return;
      }
      if (isGzip(body)) {
        ErrorBodies.send(
            response, callback, path, 415, "Unsupported body: gzip within gzip", false);
        return;
      }
      headers =
          HttpFields.build(headers)
              .remove(HttpHeader.CONTENT_ENCODING)
              .remove(HttpHeader.TRANSFER_ENCODING)
              .put(HttpHeader.CONTENT_LENGTH, body.length)
              .asImmutable();
    }
    try {
      Request buffered = new BufferedRequest(request, body, headers, method);
      if (!super.handle(buffered, response, callback)) {
        Response.writeError(buffered, response, callback, 404);
      }
    } catch (Throwable failure) {
      callback.failed(failure);
    }
  }

  private static boolean hasBody(Request request) {
    return request.getLength() > 0 || request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
  }

  private static String tooLarge(String size, long limit) {
    return "Request body too large: " + size + ", expected at most " + limit + " bytes";
  }

  private static boolean isGzip(byte[] body) {
    return body.length >= 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b;
  }

  private static byte[] inflate(byte[] body, long limit) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      byte[] inflated = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
      if (inflated.length > limit) {
        throw new TooLarge();
      }
      return inflated;
    }
  }

  private static final class TooLarge extends IOException {
    TooLarge() {
      super(null, null);
    }
  }
}
