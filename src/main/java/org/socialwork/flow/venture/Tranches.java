package org.socialwork.flow.venture;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The grant's tranches as its ledger has them: planned at the approval, paid one by one in order. */
final class Tranches {

  private Tranches() {
  }

  /** The first planned tranche not paid yet. */
  static Optional<VentureMapper.LedgerEntry> next(List<VentureMapper.LedgerEntry> ledger) {
    Set<Integer> paid = paid(ledger);
    return ledger.stream().filter(e -> "PLANNED".equals(e.kind()) && !paid.contains(e.tranche()))
        .min(java.util.Comparator.comparing(VentureMapper.LedgerEntry::tranche));
  }

  static int left(List<VentureMapper.LedgerEntry> ledger) {
    Set<Integer> paid = paid(ledger);
    return (int) ledger.stream().filter(e -> "PLANNED".equals(e.kind()) && !paid.contains(e.tranche())).count();
  }

  private static Set<Integer> paid(List<VentureMapper.LedgerEntry> ledger) {
    Set<Integer> paid = new HashSet<>();
    ledger.stream().filter(e -> "PAID".equals(e.kind())).forEach(e -> paid.add(e.tranche()));
    return paid;
  }
}
