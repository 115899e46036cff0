package org.socialwork.flow.library;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Published (for the donation ledger of the five-force linkage): the resource library's entries a donation of a
 * station may name as its donor, i.e. the active resources of that station and of the whole district.
 */
@Component
public class Donors {

  private final LibraryMapper library;

  Donors(LibraryMapper library) {
    this.library = library;
  }

  /** The resources a donation of this station may come from, as the library orders them. */
  public List<Resource> of(String stationCode) {
    return library.findUsableResources(stationCode);
  }

  /** That resource when a donation of this station may come from it. */
  public Optional<Resource> find(Long resourceId, String stationCode) {
    if (resourceId == null || stationCode == null) {
      return Optional.empty();
    }
    return library.findResource(resourceId)
        .filter(r -> r.active() && (r.stationCode() == null || r.stationCode().equals(stationCode)));
  }
}
