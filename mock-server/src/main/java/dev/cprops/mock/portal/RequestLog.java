package dev.cprops.mock.portal;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * The live request log of the developer panel: the last {@value #CAPACITY} requests the server
 * answered outside the portal itself (API, CRM, admin), newest first. Keeps method, path and query,
 * status and time only: never a header, so never a credential. Works with WireMock's request
 * journal off.
 */
final class RequestLog implements ServeEventListener {
  static final int CAPACITY = 500;
  private static final Pattern PORTAL_PATH = Pattern.compile(PortalStub.PATHS);

  /** One answered request. */
  record Entry(long sequence, long at, String method, String url, int status, long millis) {}

  private final Deque<Entry> entries = new ArrayDeque<>();
  private final LongSupplier clock;
  private long sequence;

  RequestLog(LongSupplier clock) {
    this.clock = clock;
  }

  @Override
  public String getName() {
    return "customer-properties-portal-request-log";
  }

  @Override
  public void afterComplete(ServeEvent serveEvent, Parameters parameters) {
    String url = serveEvent.getRequest().getUrl();
    int question = url.indexOf('?');
    String path = question < 0 ? url : url.substring(0, question);
    if (PORTAL_PATH.matcher(path).matches()) {
      return;
    }
    int status = serveEvent.getResponse() == null ? 0 : serveEvent.getResponse().getStatus();
    long millis =
        serveEvent.getTiming() == null || serveEvent.getTiming().getTotalTime() == null
            ? -1
            : serveEvent.getTiming().getTotalTime();
    record(serveEvent.getRequest().getMethod().getName(), url, status, millis);
  }

  synchronized void record(String method, String url, int status, long millis) {
    entries.addFirst(new Entry(++sequence, clock.getAsLong(), method, url, status, millis));
    while (entries.size() > CAPACITY) {
      entries.removeLast();
    }
  }

  /** The number of the latest entry (0 before the first): it changes whenever one is added. */
  synchronized long sequence() {
    return sequence;
  }

  /** Up to {@code limit} entries, newest first. */
  synchronized List<Entry> latest(int limit) {
    List<Entry> latest = new ArrayList<>(Math.min(limit, entries.size()));
    for (Entry entry : entries) {
      if (latest.size() == limit) {
        break;
      }
      latest.add(entry);
    }
    return latest;
  }

  synchronized void clear() {
    entries.clear();
  }
}
