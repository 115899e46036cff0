package org.socialwork.flow.organization;

/** A social-work station (社工站) of one community or village; the unit of data scope. */
public record Station(String code, String districtCode, String name, String community, boolean demonstration,
                      boolean active) {
}
