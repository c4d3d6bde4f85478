package dev.cprops.connector.internal.actions;

import dev.cprops.connector.internal.fields.CoercedMeta;
import dev.cprops.connector.internal.fields.InvalidRecordException;
import dev.cprops.connector.internal.fields.MappingResult;
import dev.cprops.connector.internal.fields.MetaCoercer;
import dev.cprops.connector.internal.fields.ReservedField;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.InputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Upserts a stream of records with bounded concurrency, in constant memory.
 *
 * <p>A fixed pool of {@code concurrency} threads works the records; the reading thread takes a
 * permit before it hands a record over, so at most {@code concurrency} records are in flight and
 * the input is read only as fast as it is written (an {@link Iterator} of any length works). Each
 * record is mapped, coerced, matched and written (see {@link CustomerUpserter}), created first or
 * looked up first as the batch's recent records suggest ({@link AdaptiveUpsertOrder}); its {@link
 * RecordResult} goes to the sink as soon as it is done, in completion order, from a worker thread.
 * Any failure of a record (a bad value, a 4xx, retries used up) becomes that record's {@code
 * failed} result; the others go on. Requests are paced by the {@link RequestGate} given to the
 * {@link CustomerRoutes} (e.g. a {@link RateLimitGovernor}).
 *
 * <p>One instance runs one batch at a time; the sink must be thread-safe.
 */
public final class BatchUpserter {
  private static final int MAX_UNMAPPED = 50;
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final CustomerUpserter upserter;
  private final RecordMapper mapper;
  private final MetaCoercer coercer;
  private final MatchBy matchBy;
  private final String defaultPartnerKey;
  private final int concurrency;
  private final AdaptiveUpsertOrder order = new AdaptiveUpsertOrder();

  /**
   * @param defaultPartnerKey the partner of new customers whose record names none, or {@code null}
   * @param concurrency records in flight at once, at least 1
   */
  public BatchUpserter(
      CustomerUpserter upserter,
      RecordMapper mapper,
      MetaCoercer coercer,
      MatchBy matchBy,
      String defaultPartnerKey,
      int concurrency) {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1 but was " + concurrency);
    }
    this.upserter = upserter;
    this.mapper = mapper;
    this.coercer = coercer;
    this.matchBy = matchBy;
    this.defaultPartnerKey = defaultPartnerKey;
    this.concurrency = concurrency;
  }

  /**
   * Runs every record and returns the totals once all are done.
   *
   * @param records the records, read one at a time
   * @param sink receives each record's result, from worker threads
   * @throws ConnectorException if the thread is interrupted (records in flight finish first)
   */
  public BatchSummary run(Iterator<? extends Map<String, ?>> records, Consumer<RecordResult> sink) {
    int pool = POOLS.incrementAndGet();
    AtomicInteger threads = new AtomicInteger();
    ThreadFactory factory =
        r -> {
          Thread t = new Thread(r, "batch-upsert-" + pool + "-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    ExecutorService executor = Executors.newFixedThreadPool(concurrency, factory);
    Semaphore inFlight = new Semaphore(concurrency);
    AtomicInteger[] counts = new AtomicInteger[UpsertStatus.values().length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = new AtomicInteger();
    }
    Set<String> unmapped = ConcurrentHashMap.newKeySet();
    int total = 0;
    try {
      while (records.hasNext()) {
        Map<String, ?> record = records.next();
        int index = total++;
        inFlight.acquire();
        executor.execute(
            () -> {
              try {
                RecordResult result = process(index, record, unmapped);
                counts[result.status().ordinal()].incrementAndGet();
                sink.accept(result);
              } finally {
                inFlight.release();
              }
            });
      }
      inFlight.acquire(concurrency);
      inFlight.release(concurrency);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConnectorException("batch interrupted after " + total + " records", e);
    } finally {
      executor.shutdown();
    }
    List<String> columns = new ArrayList<>(unmapped);
    columns.sort(null);
    return new BatchSummary(
        total,
        counts[UpsertStatus.CREATED.ordinal()].get(),
        counts[UpsertStatus.UPDATED.ordinal()].get(),
        counts[UpsertStatus.UNCHANGED.ordinal()].get(),
        counts[UpsertStatus.FAILED.ordinal()].get(),
        columns);
  }

  private RecordResult process(int index, Map<String, ?> record, Set<String> unmapped) {
    String customerKey = null;
    String email = null;
    try {
      MappingResult mapped = mapper.map(record);
      for (String column : mapped.unmapped()) {
        if (unmapped.size() < MAX_UNMAPPED) {
          unmapped.add(column);
        }
      }
      customerKey = text(mapped.customer().get(ReservedField.CUSTOMER_KEY));
      email = text(mapped.customer().get(ReservedField.EMAIL));
      List<InputException> errors = new ArrayList<>(mapped.errors());
      CoercedMeta meta = coercer.toApi(mapped.meta());
      errors.addAll(meta.errors());
      if (!errors.isEmpty()) {
        throw new InvalidRecordException(errors);
      }
      String partnerKey = text(mapped.customer().get(ReservedField.PARTNER_KEY));
      UpsertRequest request =
          new UpsertRequest(
              customerKey,
              email,
              text(mapped.customer().get(ReservedField.NAME)),
              partnerKey != null ? partnerKey : defaultPartnerKey,
              meta.values());
      UpsertOutcome outcome = upserter.upsert(matchBy, request, order.next());
      order.observe(outcome.status());
      return RecordResult.of(index, request, outcome);
    } catch (RuntimeException e) {
      return RecordResult.failed(index, customerKey, email, e);
    }
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value instanceof BigDecimal d ? d.toPlainString() : value.toString().strip();
    return s.isEmpty() ? null : s;
  }
}
