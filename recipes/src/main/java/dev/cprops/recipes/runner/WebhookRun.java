package dev.cprops.recipes.runner;

import dev.cprops.connector.spi.AuthException;
import dev.cprops.connector.spi.Connection;
import dev.cprops.connector.spi.ConnectorException;
import dev.cprops.connector.spi.ControlType;
import dev.cprops.connector.spi.Field;
import dev.cprops.connector.spi.InputException;
import dev.cprops.connector.spi.WebhookTrigger;
import dev.cprops.recipes.recipe.TriggerSpec;
import dev.cprops.recipes.state.SavedSubscription;
import dev.cprops.recipes.state.TriggerState;
import dev.cprops.recipes.webhook.WebhookReceiver;
import dev.cprops.recipes.webhook.WebhookReceiver.Reply;
import dev.cprops.recipes.webhook.WebhookReceiver.Request;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * One run of a recipe whose trigger is a {@link WebhookTrigger}: listens, subscribes, runs the
 * steps for each notification's events, and unsubscribes at the end.
 *
 * <p><b>Threads.</b> The receiver's worker threads verify each notification ({@code
 * onNotification}: signature, timestamp, replay) and queue its events; this run's own thread (the
 * caller of {@link #run}) takes them one delivery at a time, in arrival order, and runs the steps,
 * so events never run concurrently and one customer's events (which the app sends one after the
 * other) run in order. A worker waits for its delivery's outcome at most {@code ackTimeout}, then
 * answers 503 while the steps go on; the app's retry is then answered from their outcome (its
 * events are duplicates by then). The accepting thread never waits.
 *
 * <p><b>Answers.</b> 2xx once every event of the notification ran its steps (or was skipped by an
 * error policy, or was a duplicate); 5xx when a step failed under {@code stop} (the event's key is
 * not saved, so the app's redelivery runs it again; the run goes on), when the steps are still
 * running, or when the run is stopping; 401 for a forged, stale or replayed notification and 400
 * for a malformed one (nothing runs).
 *
 * <p><b>State.</b> Each event's dedup key is journaled in the state directory after its steps
 * succeeded ({@link TriggerState}), so a duplicate or a retried delivery, in this run or a later
 * one, does not run the steps twice. The subscription is saved there too ({@link
 * SavedSubscription}): a run that finds one made for the same callback URL, trigger input and
 * connection re-uses it (the app may still be retrying deliveries to it); any other saved one is
 * removed and replaced. At the end the subscription is removed unless {@code keepSubscription}.
 */
final class WebhookRun implements WebhookReceiver.Handler {
  private static final int QUEUE_CAPACITY = 1_000;
  private static final int COMMIT_EVERY = 100;
  private static final long POLL_MILLIS = 100;

  private sealed interface Work permits Delivery, Rejection {}

  private record Delivery(List<Map<String, Object>> events, CompletableFuture<Reply> reply)
      implements Work {}

  private record Rejection(String reason) implements Work {}

  private final WebhookTrigger trigger;
  private final List<Field> connectionFields;
  private final Connection connection;
  private final TriggerSpec spec;
  private final String name;
  private final StepRunner steps;
  private final RunStats stats;
  private final RunListener listener;
  private final Clock clock;
  private final WebhookOptions options;
  private final BlockingQueue<Work> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
  private final Object gate = new Object();
  private final AtomicLong deliveries = new AtomicLong();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final AtomicLong retried = new AtomicLong();
  private boolean closed; // guarded by gate
  private volatile Map<String, Object> subscription;
  private long handled;
  private long sinceCommit;

  WebhookRun(
      WebhookTrigger trigger,
      List<Field> connectionFields,
      Connection connection,
      TriggerSpec spec,
      StepRunner steps,
      RunStats stats,
      RunListener listener,
      Clock clock,
      WebhookOptions options) {
    this.trigger = trigger;
    this.connectionFields = connectionFields;
    this.connection = connection;
    this.spec = spec;
    this.name = spec.app() + "." + trigger.id();
    this.steps = steps;
    this.stats = stats;
    this.listener = listener;
    this.clock = clock;
    this.options = options;
  }

  /** Listens until {@code stop}, the options' limits, or a rejected connection end the run. */
  WebhookTotals run(Path stateDir, int dedupCapacity, BooleanSupplier stop) {
    Path subscriptionFile = SavedSubscription.file(stateDir, name);
    try (TriggerState state = TriggerState.open(stateDir, name, dedupCapacity);
        WebhookReceiver receiver = WebhookReceiver.start(options.listen(), this)) {
      URI callback =
          options.callbackUrl() != null
              ? options.callbackUrl()
              : receiver.localUrl("/hooks/" + name);
      boolean reused = subscribe(subscriptionFile, callback.toString());
      RuntimeException failure = null;
      try {
        listener.listening(name, callback.toString(), reused);
        loop(state, stop);
      } catch (RuntimeException e) {
        failure = e;
        throw e;
      } finally {
        closeGate();
        try {
          endSubscription(subscriptionFile);
          state.commit(null);
        } catch (RuntimeException e) {
          if (failure == null) {
            throw e;
          }
          failure.addSuppressed(e);
        }
      }
    }
    return new WebhookTotals(deliveries.get(), accepted.get(), rejected.get(), retried.get());
  }

  // --- the receiver's worker threads ---

  @Override
  public Reply handle(Request request) {
    deliveries.incrementAndGet();
    Reply reply = answer(request);
    if (reply.accepted()) {
      accepted.incrementAndGet();
    } else if (reply.status() >= 500) {
      retried.incrementAndGet();
    } else {
      rejected.incrementAndGet();
    }
    return reply;
  }

  private Reply answer(Request request) {
    Map<String, Object> current = subscription;
    if (current == null) {
      return new Reply(503, "not subscribed yet; try again");
    }
    List<Map<String, Object>> events;
    try {
      events = trigger.onNotification(connection, current, request.headers(), request.body());
    } catch (AuthException e) {
      offer(new Rejection(e.getMessage()));
      return new Reply(401, e.getMessage());
    } catch (InputException e) {
      offer(new Rejection(e.getMessage()));
      return new Reply(400, e.getMessage());
    } catch (RuntimeException e) {
      return new Reply(503, "cannot read the notification now; try again: " + e.getMessage());
    }
    if (events.isEmpty()) {
      return new Reply(200, "no events for this recipe");
    }
    Delivery delivery = new Delivery(List.copyOf(events), new CompletableFuture<>());
    if (!offer(delivery)) {
      return new Reply(503, "the recipe is stopping or busy; try again later");
    }
    try {
      return delivery.reply().get(options.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return new Reply(
          503,
          "the steps are still running; they go on, and a redelivery is answered with their"
              + " outcome");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(503, "the recipe is stopping; try again later");
    } catch (ExecutionException e) {
      return new Reply(500, "the recipe failed: " + e.getCause().getMessage());
    }
  }

  private boolean offer(Work work) {
    synchronized (gate) {
      return !closed && queue.offer(work);
    }
  }

  // --- the run's thread ---

  private void loop(TriggerState state, BooleanSupplier stop) {
    long deadline =
        options.duration() == null
            ? Long.MAX_VALUE
            : System.nanoTime() + options.duration().toNanos();
    while (!stop.getAsBoolean()
        && !stats.ended()
        && (options.maxEvents() == 0 || handled < options.maxEvents())) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        return;
      }
      Work work;
      try {
        work = queue.poll(Math.min(POLL_MILLIS, left), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      if (work instanceof Rejection rejection) {
        listener.rejected(name, rejection.reason());
      } else if (work instanceof Delivery delivery) {
        try {
          delivery.reply().complete(process(delivery.events(), state));
        } catch (RuntimeException | Error e) {
          delivery.reply().completeExceptionally(e);
          throw e;
        }
      }
    }
  }

  private Reply process(List<Map<String, Object>> events, TriggerState state) {
    int duplicates = 0;
    int ran = 0;
    for (Map<String, Object> event : events) {
      String key = trigger.dedupKey(event);
      if (state.seen(key)) {
        stats.duplicate();
        duplicates++;
        continue;
      }
      stats.event();
      try {
        steps.run(event);
      } catch (RunInterruptedException e) {
        listener.delivered(name, events.size(), duplicates, 503);
        return new Reply(503, "the recipe is stopping; deliver event " + key + " again later");
      } catch (StopRunException e) {
        listener.delivered(name, events.size(), duplicates, 500);
        return new Reply(
            500, "event " + key + " failed; deliver it again to run it again: " + e.getMessage());
      } catch (AuthException e) {
        stats.end(RunOutcome.AUTH_FAILED, e.getMessage());
        listener.delivered(name, events.size(), duplicates, 503);
        return new Reply(503, "the recipe stopped: a connection was rejected");
      }
      state.markHandled(key);
      handled++;
      ran++;
      listener.eventHandled(event);
    }
    sinceCommit += ran;
    if (sinceCommit >= COMMIT_EVERY) {
      state.commit(null);
      sinceCommit = 0;
    }
    listener.delivered(name, events.size(), duplicates, 200);
    return new Reply(
        200,
        ran
            + (ran == 1 ? " event" : " events")
            + " handled"
            + (duplicates > 0 ? ", " + duplicates + " already handled before" : ""));
  }

  /** No more work is taken; deliveries still waiting are answered 503 (the app retries them). */
  private void closeGate() {
    List<Work> left = new ArrayList<>();
    synchronized (gate) {
      closed = true;
      queue.drainTo(left);
    }
    for (Work work : left) {
      if (work instanceof Delivery delivery) {
        delivery.reply().complete(new Reply(503, "the recipe is stopping; try again later"));
      }
    }
  }

  // --- the subscription ---

  /**
   * Re-uses the saved subscription if it fits, else replaces it; returns whether it was re-used.
   */
  private boolean subscribe(Path file, String callbackUrl) {
    Map<String, Object> identity = connectionIdentity();
    Optional<SavedSubscription> saved = SavedSubscription.load(file);
    if (saved.isPresent()) {
      if (saved.get().matches(callbackUrl, spec.input(), identity)) {
        subscription = saved.get().subscription();
        return true;
      }
      try {
        trigger.unsubscribe(connection, saved.get().subscription());
      } catch (AuthException e) {
        throw e;
      } catch (ConnectorException e) {
        stats.failure(
            "could not remove the webhook subscription of an earlier run (for "
                + saved.get().callbackUrl()
                + "): "
                + e.getMessage());
      }
      SavedSubscription.delete(file);
    }
    Map<String, Object> made = trigger.subscribe(connection, spec.input(), callbackUrl);
    try {
      new SavedSubscription(callbackUrl, spec.input(), identity, made, clock.instant().toString())
          .save(file);
    } catch (RuntimeException e) {
      // unsaved, it would be an orphan no later run knows of
      try {
        trigger.unsubscribe(connection, made);
      } catch (RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
    subscription = made;
    return false;
  }

  private void endSubscription(Path file) {
    Map<String, Object> current = subscription;
    if (current == null) {
      return;
    }
    if (options.keepSubscription()) {
      listener.stoppedListening(
          name, "the webhook subscription is kept for the next run (" + file + ")");
      return;
    }
    try {
      trigger.unsubscribe(connection, current);
      SavedSubscription.delete(file);
      listener.stoppedListening(name, "the webhook subscription is removed");
    } catch (ConnectorException e) {
      stats.failure(
          "could not remove the webhook subscription (the next run removes it): " + e.getMessage());
      listener.stoppedListening(name, "the webhook subscription could not be removed");
    }
  }

  /** The trigger connection's values that are not secrets: which API and which account. */
  private Map<String, Object> connectionIdentity() {
    Map<String, Object> identity = new LinkedHashMap<>();
    for (Field field : connectionFields) {
      if (field.controlType() != ControlType.PASSWORD) {
        connection.value(field.name()).ifPresent(v -> identity.put(field.name(), v));
      }
    }
    return identity;
  }
}
