package dev.cprops.mock.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket to 127.0.0.1, for what a client library would not send: bytes that
 * are not UTF-8, NULs and 100 000 characters in the path, bodies that stall. Every request closes
 * its connection, so the answer is everything read until the server closes it.
 */
final class RawHttp {
  /** A qualified Java name ({@code com.example.Type}), or a stack frame. */
  static final Pattern JAVA_INTERNALS =
      Pattern.compile("(?:\\b[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*|Exception\\b|\\tat |\\bat [a-z]+\\.");

  private final int port;

  RawHttp(int port) {
    this.port = port;
  }

  /** An answer: status line, headers (lower-case names) and body (de-chunked). */
  record Answer(int status, Map<String, String> headers, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return status + " " + headers + " " + text();
    }
  }

  /** Sends a request: the head lines (CRLF added, Host and Connection: close too) and body. */
  Answer send(String head, byte[] body) {
    try (Socket socket = open()) {
      OutputStream out = socket.getOutputStream();
      out.write(head(head));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      return read(socket.getInputStream());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Answer send(String head) {
    return send(head, null);
  }

  /** A socket to the server with a 30 s read timeout. */
  Socket open() throws IOException {
    Socket socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(30_000);
    return socket;
  }

  /**
   * The request head as bytes: {@code head}'s lines, then Host, Connection: close, a blank line.
   */
  byte[] head(String head) {
    String text = head.strip().replace("\n", "\r\n");
    if (!head.contains("\nHost:")) {
      text += "\r\nHost: 127.0.0.1:" + port;
    }
    return (text + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
  }

  /** Reads an answer until the server closes the connection (or resets it after answering). */
  static Answer read(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException e) {
      throw new AssertionError("no answer within 30 s; read so far: " + all, e);
    } catch (IOException e) {
      if (all.size() == 0) {
        throw e; // reset before any answer
      }
    }
    return parse(all.toByteArray());
  }

  static Answer parse(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int end = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || end < 0) {
      throw new AssertionError("not an HTTP answer: " + text);
    }
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] body = text.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Answer(status, headers, body);
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < chunked.length) {
      int lineEnd = indexOf(chunked, i);
      int size =
          Integer.parseInt(
              new String(chunked, i, lineEnd - i, StandardCharsets.US_ASCII).trim(), 16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i + 1 < bytes.length; i++) {
      if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
        return i;
      }
    }
    throw new AssertionError("truncated chunked body");
  }
}
