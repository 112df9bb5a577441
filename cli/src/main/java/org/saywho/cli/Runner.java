package org.saywho.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.cli.input.Input;

/**
 * Extracts a stream of inputs on several threads and hands the results on in input order, as soon as
 * each is ready. Only two articles per thread are in flight, so memory stays flat and a killed run
 * loses no more than those.
 */
final class Runner implements AutoCloseable {

  /** An input and what came of it: an extraction, or an error. */
  record Result(Input input, Optional<Extraction> extraction, Optional<String> error) {}

  private final Extractor extractor;
  private final ExecutorService pool;
  private final int inFlight;

  Runner(Extractor extractor, int threads) {
    this.extractor = extractor;
    this.pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "saywho-worker");
      t.setDaemon(true);
      return t;
    });
    this.inFlight = 2 * threads;
  }

  private record Pending(Input input, Future<Extraction> result) {}

  /** Processes every input, handing each result to {@code sink} in input order. */
  void run(Iterator<Input> inputs, Consumer<Result> sink) {
    Deque<Pending> pending = new ArrayDeque<>();
    while (inputs.hasNext()) {
      Input in = inputs.next();
      pending.add(new Pending(in, in.error().isPresent() ? null : pool.submit(() -> extractor.apply(in.text()))));
      while (pending.size() > inFlight || !pending.isEmpty() && done(pending.peek())) {
        sink.accept(result(pending.poll()));
      }
    }
    while (!pending.isEmpty()) {
      sink.accept(result(pending.poll()));
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static boolean done(Pending p) {
    return p.result() == null || p.result().isDone();
  }

  private static Result result(Pending p) {
    if (p.result() == null) {
      return new Result(p.input(), Optional.empty(), p.input().error());
    }
    try {
      Extraction x = p.result().get();
      return x.failure().isPresent() ? new Result(p.input(), Optional.empty(), x.failure())
          : new Result(p.input(), Optional.of(x), Optional.empty());
    } catch (ExecutionException e) {
      return new Result(p.input(), Optional.empty(), Optional.of("internal error: " + e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(p.input(), Optional.empty(), Optional.of("interrupted"));
    }
  }
}
