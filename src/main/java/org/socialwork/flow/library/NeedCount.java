package org.socialwork.flow.library;

/** How many cases of one community named one type of need in their latest assessments. */
public record NeedCount(String stationCode, String community, String needCode, String needName, String category,
                        int cases) {
}
