package org.socialwork.flow.system;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws the next number of a named counter for a year (the 7 of {@code XBHBL-2026-0007}, of {@code JC-2026-0007}).
 * The counter row stays locked until the caller's transaction ends, so two transactions never draw the same number
 * and a rolled-back one gives its number back. Counting existing rows instead would hand two concurrent callers the
 * same number.
 */
@Component
public class NumberSequences {

  private final NumberSequenceMapper sequences;

  NumberSequences(NumberSequenceMapper sequences) {
    this.sequences = sequences;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String name, int year) {
    Integer last = sequences.lock(name, year);
    if (last == null) {
      try {
        sequences.insert(name, year, 1);
        return 1;
      } catch (DuplicateKeyException concurrentFirst) {
        last = sequences.lock(name, year);
      }
    }
    int number = last + 1;
    sequences.update(name, year, number);
    return number;
  }
}
