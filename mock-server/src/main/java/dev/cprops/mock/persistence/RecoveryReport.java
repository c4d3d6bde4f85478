package dev.cprops.mock.persistence;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a server found in its data directory at start.
 *
 * @param dataDir the data directory, absolute
 * @param fresh the directory held no state (new or empty): the server seeds it
 * @param journalRecords journal records replayed on top of the snapshot
 * @param droppedBytes bytes of a record a crash cut short, never acknowledged, dropped
 * @param elapsed how long loading took
 */
public record RecoveryReport(
    Path dataDir, boolean fresh, long journalRecords, long droppedBytes, Duration elapsed) {}
