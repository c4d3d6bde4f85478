package dev.cprops.connector.bench;

import dev.cprops.connector.spi.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The raw ceiling: a bare OkHttp loop that sends each record's one necessary write, {@code POST
 * /customers} with the already-canonical body of {@link CrmRecords#canonical(int)}, from {@code
 * concurrency} threads; no coercion, no lookup, no retries, no result objects. Only the answer's
 * status is checked (a 2xx counts as created) and its body read and dropped. Its connection pool
 * keeps one idle connection per thread, as the connector's does, so neither reconnects.
 */
final class RawCreateLoop {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final OkHttpClient http;
  private final String customersUrl;
  private final String authorization;
  private final int concurrency;

  RawCreateLoop(String baseUrl, int concurrency) {
    this.customersUrl = baseUrl + "/customers";
    String credentials = BenchServer.PUBLIC_KEY + ":" + BenchServer.SECRET_KEY;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    this.concurrency = concurrency;
    this.http =
        new OkHttpClient.Builder()
            .connectionPool(new ConnectionPool(concurrency, 5, TimeUnit.MINUTES))
            .build();
  }

  StatusCounts run(int records) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger created = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < concurrency; t++) {
      Thread thread =
          new Thread(
              () -> {
                for (int i = next.getAndIncrement(); i < records; i = next.getAndIncrement()) {
                  if (create(i)) {
                    created.incrementAndGet();
                  } else if (failed.getAndIncrement() == 0) {
                    System.err.println("first failed record: #" + i);
                  }
                }
              },
              "raw-" + t);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
    return new StatusCounts(created.get(), 0, 0, failed.get());
  }

  private boolean create(int i) {
    Request request =
        new Request.Builder()
            .url(customersUrl)
            .header("Authorization", authorization)
            .post(RequestBody.create(json(CrmRecords.canonical(i)), JSON))
            .build();
    try (Response response = http.newCall(request).execute()) {
      response.body().bytes();
      return response.isSuccessful();
    } catch (IOException e) {
      return false;
    }
  }

  private static byte[] json(Map<String, Object> body) {
    return Json.bytes(body);
  }
}
