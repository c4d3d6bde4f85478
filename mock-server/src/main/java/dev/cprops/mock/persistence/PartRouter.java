package dev.cprops.mock.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Hands each record read back to the part that owns its kind. */
final class PartRouter {
  private final List<DurablePart> parts;
  private final Map<String, DurablePart> byKind = new HashMap<>();

  PartRouter(List<DurablePart> parts) {
    this.parts = List.copyOf(parts);
    for (DurablePart part : this.parts) {
      for (String kind : part.kinds()) {
        DurablePart other = byKind.putIfAbsent(kind, part);
        if (other != null || isOwnKind(kind)) {
          throw new IllegalArgumentException(
              "Record kind '" + kind + "' of " + part.name() + " is already taken");
        }
      }
    }
  }

  List<DurablePart> parts() {
    return parts;
  }

  /**
   * Applies one journal or snapshot record: a group record's records one after another, a replace
   * marker not at all.
   *
   * @throws IllegalArgumentException for an unknown kind or a malformed record
   */
  void load(RecordFields record) {
    String kind = record.kind();
    if (kind.equals(Records.GROUP)) {
      List<RecordFields> records = record.objects("records");
      for (RecordFields member : records) {
        if (member.kind().equals(Records.GROUP)) {
          throw new IllegalArgumentException("a group record holds a group record");
        }
      }
      records.forEach(this::load);
      return;
    }
    if (kind.equals(Records.REPLACED)) {
      return; // the snapshot written right after it holds the state; without it, never answered
    }
    DurablePart part = byKind.get(kind);
    if (part == null) {
      throw new IllegalArgumentException("unknown record kind '" + kind + "'");
    }
    part.load(record);
  }

  /** The last time any part handed out. */
  long clock() {
    long clock = 0;
    for (DurablePart part : parts) {
      clock = Math.max(clock, part.clock());
    }
    return clock;
  }

  void advanceClock(long time) {
    parts.forEach(part -> part.advanceClock(time));
  }

  /** Every part's state as of now; call while no write runs. */
  List<DurablePart.Snapshot> snapshots() {
    List<DurablePart.Snapshot> snapshots = new ArrayList<>(parts.size());
    parts.forEach(part -> snapshots.add(part.snapshot()));
    return snapshots;
  }

  private static boolean isOwnKind(String kind) {
    return kind.equals(Records.SNAPSHOT)
        || kind.equals(Records.END)
        || kind.equals(Records.GROUP)
        || kind.equals(Records.REPLACED);
  }
}
