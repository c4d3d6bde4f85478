package dev.cprops.mock.http;

import java.util.function.Function;

/**
 * A route answered with a stream of server-sent events ({@code text/event-stream}), served by the
 * {@link FrontDoor} itself: WireMock's transformers answer whole bodies only, and a stream must
 * stay open. The route decides who may listen and publishes to its {@link EventSink}s.
 */
public interface EventStreamRoute {

  /** The exact path it serves with {@code GET}, e.g. {@code /developer/events}. */
  String path();

  /**
   * Whether a request with these headers may open the stream; a refusal is answered 403 in the JSON
   * error shape.
   */
  boolean admits(Function<String, String> headers);

  /** A client opened the stream: publish to {@code sink} until its {@code send} says it left. */
  void subscribe(EventSink sink);

  /** One open stream. */
  interface EventSink {
    /**
     * Sends one event ({@code event: name}, empty data), or a comment when {@code name} is {@code
     * null} (to keep an idle connection open).
     *
     * @return false once the client has gone: the stream is closed and the sink can be dropped
     */
    boolean send(String name);
  }
}
