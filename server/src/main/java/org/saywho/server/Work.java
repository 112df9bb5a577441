package org.saywho.server;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The server's workers: a fixed number of threads and a bounded queue. A job that finds the queue full
 * is answered 503 with Retry-After at once; a job that runs past the time limit is answered 503 and
 * its thread interrupted. Closing cancels every job, queued or running, so that each waiting request
 * is answered at once and the HTTP server can stop without waiting for extractions.
 */
final class Work implements AutoCloseable {

  private final ThreadPoolExecutor pool;
  private final Duration timeout;
  private final Set<Future<?>> inFlight = ConcurrentHashMap.newKeySet();

  Work(int workers, int queue, Duration timeout) {
    this.pool = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
        r -> {
          Thread t = new Thread(r, "saywho-worker");
          t.setDaemon(true);
          return t;
        }, new ThreadPoolExecutor.AbortPolicy());
    this.timeout = timeout;
  }

  /** Runs {@code job} on a worker and waits for it, within the time limit. */
  <T> T run(Callable<T> job) {
    Future<T> f;
    try {
      f = pool.submit(job);
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, pool.isShutdown() ? "the server is stopping"
          : "the server is busy: every worker is taken and the queue is full; retry shortly", 1);
    }
    inFlight.add(f);
    try {
      return f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (CancellationException e) {
      throw new ApiException(503, "the server is stopping", 1);
    } catch (TimeoutException e) {
      f.cancel(true);
      throw new ApiException(503, "the request took longer than the server's limit of " + timeout.toMillis() + " ms", 1);
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "interrupted", 1);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ApiException api) {
        throw api;
      }
      throw new ApiException(500, "internal error: " + e.getCause());
    } finally {
      inFlight.remove(f);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    inFlight.forEach(f -> f.cancel(true));
  }
}
