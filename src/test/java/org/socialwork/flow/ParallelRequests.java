package org.socialwork.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.http.ResponseEntity;

/** Real parallel requests for race tests: n threads wait at one gate, are let go at once, and all answers come back. */
public final class ParallelRequests {

  /** The i-th of the parallel requests. */
  public interface Call {
    ResponseEntity<String> call(int i) throws Exception;
  }

  private ParallelRequests() {
  }

  public static List<ResponseEntity<String>> race(int n, Call call) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        Callable<ResponseEntity<String>> c = () -> {
          ready.countDown();
          go.await();
          return call.call(index);
        };
        futures.add(pool.submit(c));
      }
      ready.await(30, TimeUnit.SECONDS);
      go.countDown();
      List<ResponseEntity<String>> answers = new ArrayList<>();
      for (Future<ResponseEntity<String>> f : futures) {
        answers.add(f.get(120, TimeUnit.SECONDS));
      }
      return answers;
    } finally {
      pool.shutdownNow();
    }
  }
}
