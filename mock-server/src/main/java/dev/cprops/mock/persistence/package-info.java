/**
 * Durable state for the mock server ({@code --data-dir DIR}, {@code
 * MockServer.Builder.dataDir(Path)}): every write answered 2xx survives {@code kill -9} and a
 * restart. Without a data directory nothing here runs ({@link
 * dev.cprops.mock.persistence.WriteLog#IN_MEMORY}) and the server stays purely in memory.
 *
 * <h2>The promise</h2>
 *
 * A write is answered only after the record of what it changed is forced to disk ({@code
 * FileChannel.force}); concurrent writers share one force (group commit, {@link
 * dev.cprops.mock.persistence.Journal}). A response may reflect another client's write that is
 * still being forced; the promise is about acknowledged writes. A reset or a seed (admin API,
 * {@code MockServer.reset/seed}) is durable too: it is saved as a new snapshot, atomically, before
 * it is answered.
 *
 * <h2>What is saved: the parts</h2>
 *
 * One data directory holds every part of the state ({@link
 * dev.cprops.mock.persistence.DurablePart}), each in its own record kinds:
 *
 * <ul>
 *   <li>the store ({@code store.StoreRecords}): property definitions, customers, partnerships with
 *       their API keys;
 *   <li>the webhooks ({@code webhooks.WebhookRecords}): subscriptions with their secret, events and
 *       times, and the outbox: each event queued for delivery, with the webhooks it waits for and
 *       its body exactly as sent, and a record when it leaves a webhook's queue (delivered, or
 *       given up after its last attempt);
 *   <li>the CRM ({@code crm.CrmPart}): each company's id, property values and times.
 * </ul>
 *
 * A record holds the resulting state of what a write touched, never the request: loading never
 * re-runs validation nor regenerates keys, secrets or times. The clock (the last time any part
 * handed out) is restored, so times keep increasing across restarts.
 *
 * <p>A write that changes several parts is one record: a store change and the webhook event it
 * queues are framed together ({@code group}), so a crash keeps both or neither, and an event whose
 * write was acknowledged is delivered at least once, after any number of restarts (same event key
 * and body; attempts count from 1 again). An event is handed to its delivery queue only once it is
 * recorded. The record that an event left a queue is not waited for: if the server is killed before
 * it reaches the disk, the event is delivered once more after the restart.
 *
 * <h2>What is not saved</h2>
 *
 * The webhooks' delivery history ({@code /webhooks/{key}/deliveries}: it starts empty after a
 * restart), the delivery counts and {@code requests_served} of the admin stats, the former
 * positions and served cursors of the pagination index (a client walking a list across a restart
 * resumes from the items' current positions), the rate limit and its counts, the chaos settings,
 * and anything of WireMock's own (stubs added through {@code /__admin/mappings}, the request
 * journal).
 *
 * <h2>Files</h2>
 *
 * <ul>
 *   <li>{@code snapshot.dat}: the whole state as of one position; replaced by writing {@code
 *       snapshot.dat.tmp}, forcing it, an atomic rename and forcing the directory.
 *   <li>{@code journal-<generation>.log}: the records after the snapshot; a new segment is started
 *       at each start and each compaction.
 *   <li>{@code lock}: held by the running server (an OS lock, released by {@code kill -9}).
 * </ul>
 *
 * Every file starts with a magic number and the format version ({@link
 * dev.cprops.mock.persistence.FileHeader}); every record is framed with its length, a CRC-32C and
 * its position ({@link dev.cprops.mock.persistence.Frames}); the payload is a JSON object with a
 * {@code kind} ({@link dev.cprops.mock.persistence.Records}).
 *
 * <h2>Writes, snapshots and replaces</h2>
 *
 * A part changes its state only inside {@link dev.cprops.mock.persistence.WriteLog#write}, under
 * its own lock, and appends a record per change; the records are framed before the lock is
 * released, so each part's records are in the order of its changes. Writes share a barrier that a
 * snapshot takes exclusively while it copies the parts (cheaply: their values are immutable), so a
 * snapshot at a position holds exactly the records up to it ({@link
 * dev.cprops.mock.persistence.JournalWriteLog}). A replace (seed, reset) runs with every other
 * write held off, frames a {@code replaced} marker, and saves the whole state as the snapshot at
 * the marker's position: a crash before the snapshot is in place leaves the old state, in which the
 * marker changes nothing.
 *
 * <h2>Start, replay, compaction</h2>
 *
 * At start the snapshot is loaded and the journal replayed; the positions must follow each other. A
 * record cut short at the very end of the last segment (a crash in the middle of an append, never
 * acknowledged) is dropped with a warning; any other invalid record, or a gap, stops the start with
 * an error naming the file and offset (and the field, for a record that does not fit its kind,
 * never a secret's value). When the journal held anything, it is compacted at once into a new
 * snapshot and the old segments are deleted; while running, a segment past the threshold (64 MiB)
 * is compacted in the background. Then each part is attached to the write log, and the webhooks
 * start delivering the events that were still waiting.
 *
 * <h2>Seeding</h2>
 *
 * The seed ({@code --seed}, {@code --customers}) is applied only when the directory holds no state
 * (new, or empty after a crash during the very first start). A restart with existing data keeps it,
 * even an empty state left by a reset; use the admin seed route to replace it.
 *
 * <h2>Adding an entity kind</h2>
 *
 * In the feature's own package: give it a record kind in the feature's part ({@link
 * dev.cprops.mock.persistence.DurablePart#kinds()}, {@code load}, {@code snapshot}), make each
 * change inside {@link dev.cprops.mock.persistence.WriteLog#write} with an {@link
 * dev.cprops.mock.persistence.WriteLog#append} of the resulting state, and, for a new part, add it
 * to the list {@code MockServer.start} opens the data directory with. Existing files stay readable:
 * a new kind needs no new format version.
 */
package dev.cprops.mock.persistence;
