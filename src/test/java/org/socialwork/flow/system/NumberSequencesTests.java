package org.socialwork.flow.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.socialwork.flow.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@ApplicationTest
class NumberSequencesTests {

  @Autowired
  NumberSequences sequences;

  @Autowired
  TransactionTemplate transaction;

  @Test
  void concurrentDrawsNeverShareANumberAndARolledBackDrawGivesItsNumberBack() throws Exception {
    String name = "test-" + UUID.randomUUID();
    assertThat(draw(name)).isEqualTo(1);

    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Integer>> draws = new ArrayList<>();
    IntStream.range(0, 20).forEach(i -> draws.add(pool.submit(() -> draw(name))));
    List<Integer> numbers = new ArrayList<>();
    for (Future<Integer> d : draws) {
      numbers.add(d.get());
    }
    pool.shutdown();
    assertThat(numbers).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(2, 21).boxed().toList());

    transaction.executeWithoutResult(status -> {
      assertThat(sequences.next(name, 2031)).isEqualTo(22);
      status.setRollbackOnly();
    });
    assertThat(draw(name)).as("the rolled-back 22 is drawn again").isEqualTo(22);
    Integer nextYear = transaction.execute(status -> sequences.next(name, 2032));
    assertThat(nextYear).as("a new year starts at 1").isEqualTo(1);
  }

  private int draw(String name) {
    return transaction.execute(status -> sequences.next(name, 2031));
  }
}
