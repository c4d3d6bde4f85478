package dev.cprops.mock.bench;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A minimal HTTP/1.1 keep-alive client over one socket: it writes a prepared request and parses
 * just enough of the answer (status, {@code Content-Length} or chunked body, {@code Connection:
 * close}) to read it completely. It allocates almost nothing per request, so the load generator
 * stays cheap next to the servers it measures. Reconnects when the server closes the connection.
 */
final class RawHttpConnection implements HttpConnection {
  private final String host;
  private final int port;
  private final String fixedHeaders;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int limit;
  private Socket socket;
  private InputStream in;
  private OutputStream out;

  RawHttpConnection(String host, int port, String authorization) {
    this.host = host;
    this.port = port;
    this.fixedHeaders =
        "Host: "
            + host
            + ":"
            + port
            + "\r\nAccept: application/json\r\n"
            + (authorization == null ? "" : "Authorization: " + authorization + "\r\n");
  }

  @Override
  public int exchange(String method, String path, byte[] body) throws IOException {
    if (socket == null) {
      connect();
    }
    StringBuilder head = new StringBuilder(160);
    head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n").append(fixedHeaders);
    if (body != null) {
      head.append("Content-Type: application/json\r\nContent-Length: ")
          .append(body.length)
          .append("\r\n");
    }
    head.append("\r\n");
    out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
    if (body != null) {
      out.write(body);
    }
    out.flush();
    return readResponse();
  }

  @Override
  public void close() throws IOException {
    if (socket != null) {
      socket.close();
      socket = null;
    }
  }

  private void connect() throws IOException {
    socket = new Socket();
    socket.setTcpNoDelay(true);
    socket.connect(new InetSocketAddress(host, port), 5_000);
    socket.setSoTimeout(30_000);
    in = socket.getInputStream();
    out = socket.getOutputStream();
    position = 0;
    limit = 0;
  }

  private int readResponse() throws IOException {
    String statusLine = readLine();
    int status = Integer.parseInt(statusLine.substring(9, 12));
    long contentLength = -1;
    boolean chunked = false;
    boolean closeAfter = false;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      int colon = line.indexOf(':');
      String name = line.substring(0, colon);
      String value = line.substring(colon + 1).trim();
      if (name.equalsIgnoreCase("Content-Length")) {
        contentLength = Long.parseLong(value);
      } else if (name.equalsIgnoreCase("Transfer-Encoding")) {
        chunked = value.equalsIgnoreCase("chunked");
      } else if (name.equalsIgnoreCase("Connection")) {
        closeAfter = value.equalsIgnoreCase("close");
      }
    }
    if (chunked) {
      skipChunks();
    } else if (contentLength >= 0) {
      skip(contentLength);
    } else {
      throw new IOException("response without Content-Length or chunked body: " + statusLine);
    }
    if (closeAfter) {
      close();
    }
    return status;
  }

  private void skipChunks() throws IOException {
    while (true) {
      String sizeLine = readLine();
      int semicolon = sizeLine.indexOf(';');
      long size =
          Long.parseLong((semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
      if (size == 0) {
        while (!readLine().isEmpty()) {
          // trailers
        }
        return;
      }
      skip(size);
      readLine();
    }
  }

  private void skip(long count) throws IOException {
    long left = count;
    while (left > 0) {
      if (position == limit) {
        fill();
      }
      int step = (int) Math.min(left, limit - position);
      position += step;
      left -= step;
    }
  }

  private String readLine() throws IOException {
    StringBuilder line = new StringBuilder(64);
    while (true) {
      if (position == limit) {
        fill();
      }
      byte b = buffer[position++];
      if (b == '\n') {
        int length = line.length();
        if (length > 0 && line.charAt(length - 1) == '\r') {
          line.setLength(length - 1);
        }
        return line.toString();
      }
      line.append((char) (b & 0xff));
    }
  }

  private void fill() throws IOException {
    int read = in.read(buffer, 0, buffer.length);
    if (read < 0) {
      close();
      throw new EOFException("connection closed by the server");
    }
    position = 0;
    limit = read;
  }
}
