package org.socialwork.flow.library;

/** A station a project is run at. */
public record ProjectStation(Long projectId, String stationCode, String stationName) {
}
