/**
 * Durable state for the mock server ({@code --data-dir DIR}, {@code
 * MockServer.Builder.dataDir(Path)}): every write answered 2xx survives {@code kill -9} and a
 * restart. Without a data directory nothing here runs and the store stays purely in memory.
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
 * <h2>What is saved</h2>
 *
 * The resulting state of each entity a write touched ({@link dev.cprops.mock.store.StoreChange}: a
 * property definition, a customer, a partnership with its API key), never the request: loading
 * never re-runs validation nor regenerates keys or times. The store's logical clock is restored
 * from the snapshot and the records, so times keep increasing across restarts. Former positions and
 * served cursors of the pagination index are not saved: a client walking a list across a restart
 * resumes from the items' current positions.
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
 * {@code kind} ({@link dev.cprops.mock.persistence.RecordCodec}).
 *
 * <h2>Start, replay, compaction</h2>
 *
 * At start the snapshot is loaded and the journal replayed; the positions must follow each other. A
 * record cut short at the very end of the last segment (a crash in the middle of an append, never
 * acknowledged) is dropped with a warning; any other invalid record, or a gap, stops the start with
 * an error naming the file and offset. When the journal held anything, it is compacted at once into
 * a new snapshot and the old segments are deleted; while running, a segment past the threshold (64
 * MiB) is compacted in the background.
 *
 * <h2>Seeding</h2>
 *
 * The seed ({@code --seed}, {@code --customers}) is applied only when the directory holds no state
 * (new, or empty after a crash during the very first start). A restart with existing data keeps it,
 * even an empty state left by a reset; use the admin seed route to replace it.
 *
 * <h2>Adding an entity kind</h2>
 *
 * A new kind (e.g. webhook subscriptions): add a record to {@code StoreChange}, report it from the
 * store's write path with the store's {@code log(...)} before the in-memory change, handle it in
 * {@code CustomerPropertiesStore.apply} and {@code importState}/{@code exportState} ({@code
 * StoreState}), and give it a {@code kind} in {@code RecordCodec} (encode, decode, snapshot write
 * and read). Existing files stay readable: a new kind needs no new format version.
 */
package dev.cprops.mock.persistence;
