package dev.cprops.kafka.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.header.ConnectHeaders;
import org.apache.kafka.connect.header.Headers;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;

/**
 * Sends records rejected for their own data to Connect's {@link ErrantRecordReporter} (the
 * dead-letter queue with {@code errors.tolerance=all} and {@code
 * errors.deadletterqueue.topic.name}), with headers {@value #FIELD_HEADER} and {@value
 * #REASON_HEADER}; without a reporter the task stops with a message saying how to get one.
 */
final class RejectedRecords {
  static final String FIELD_HEADER = "cprops.error.field";
  static final String REASON_HEADER = "cprops.error.reason";

  private final ErrantRecordReporter reporter;
  private final List<Future<Void>> pending = new ArrayList<>();
  private final AtomicLong count = new AtomicLong();

  /**
   * @param reporter Connect's reporter, or {@code null} when the worker offers none
   */
  RejectedRecords(ErrantRecordReporter reporter) {
    this.reporter = reporter;
  }

  void report(SinkRecord record, RejectedRecordException reason) {
    String where = record.topic() + "-" + record.kafkaPartition() + "@" + record.kafkaOffset();
    if (reporter == null) {
      throw new ConnectException(
          "Record "
              + where
              + " was rejected: "
              + reason.getMessage()
              + ". Set errors.tolerance=all and errors.deadletterqueue.topic.name to send such"
              + " records to a dead-letter queue instead of stopping the task.");
    }
    Headers headers = new ConnectHeaders();
    record.headers().forEach(headers::add);
    headers.addString(FIELD_HEADER, reason.field());
    headers.addString(REASON_HEADER, reason.reason());
    SinkRecord annotated =
        new SinkRecord(
            record.topic(),
            record.kafkaPartition(),
            record.keySchema(),
            record.key(),
            record.valueSchema(),
            record.value(),
            record.kafkaOffset(),
            record.timestamp(),
            record.timestampType(),
            headers);
    count.incrementAndGet();
    synchronized (pending) {
      pending.add(reporter.report(annotated, reason));
    }
  }

  /** How many records were rejected. */
  long count() {
    return count.get();
  }

  /** Waits until every rejected record is in the dead-letter queue (before offsets commit). */
  void awaitReported() {
    List<Future<Void>> waiting;
    synchronized (pending) {
      waiting = new ArrayList<>(pending);
      pending.clear();
    }
    for (Future<Void> future : waiting) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ConnectException("interrupted while reporting rejected records", e);
      } catch (ExecutionException e) {
        throw new ConnectException(
            "A rejected record could not be written to the dead-letter queue", e.getCause());
      }
    }
  }
}
