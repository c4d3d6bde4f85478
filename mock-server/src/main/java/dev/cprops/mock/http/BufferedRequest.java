package dev.cprops.mock.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * A request whose body has been read already (or is not to be read): the handlers after the {@link
 * FrontDoor} read it from memory, so none of them waits on a slow client while holding a thread.
 */
final class BufferedRequest extends Request.Wrapper {
  private final byte[] body;
  private final HttpFields headers;
  private final String method;
  private boolean consumed;

  /**
   * @param headers the headers to show (the request's own, or adjusted to the body)
   * @param method the method to show (the request's own, or GET for a HEAD)
   */
  BufferedRequest(Request request, byte[] body, HttpFields headers, String method) {
    super(request);
    this.body = body;
    this.headers = headers;
    this.method = method;
  }

  /** The request as it is, with its method shown as {@code method}, for a request without body. */
  static Request withMethod(Request request, String method) {
    return method.equals(request.getMethod())
        ? request
        : new BufferedRequest(request, new byte[0], request.getHeaders(), method);
  }

  @Override
  public String getMethod() {
    return method;
  }

  @Override
  public HttpFields getHeaders() {
    return headers;
  }

  @Override
  public long getLength() {
    return body.length;
  }

  @Override
  public synchronized Content.Chunk read() {
    if (consumed) {
      return Content.Chunk.EOF;
    }
    consumed = true;
    return body.length == 0 ? Content.Chunk.EOF : Content.Chunk.from(ByteBuffer.wrap(body), true);
  }

  @Override
  public boolean consumeAvailable() {
    return true;
  }

  @Override
  public void demand(Runnable demandCallback) {
    demandCallback.run(); // the whole body is here: read() never returns null
  }

  @Override
  public void fail(Throwable failure) {
    // Nothing is read from the network any more.
  }
}
