package org.socialwork.flow;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

  @Test
  void modulesReachEachOtherOnlyThroughPublishedTypes() {
    ApplicationModules m = ApplicationModules.of(FlowApplication.class); System.out.println("MODULES " + m); m.verify();
  }
}
