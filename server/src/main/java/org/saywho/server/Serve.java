package org.saywho.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code saywho serve}: SayWho over HTTP until interrupted. */
@Command(name = "saywho serve", mixinStandardHelpOptions = true, version = "SayWho " + Version.SAYWHO, usageHelpWidth = 100,
    description = {"Serve SayWho over HTTP: POST /v1/extract, /v1/extract/batch, /v1/report; GET /v1/health,",
        "/v1/version, /v1/openapi.json; a page to try it at /. Binds to 127.0.0.1 unless told."},
    sortOptions = false)
public final class Serve implements Callable<Integer> {

  @Option(names = "--port", paramLabel = "N", description = "Port (default 8080; 0 for any free port).")
  private int port = 8080;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default 127.0.0.1; 0.0.0.0 for all).")
  private String host = "127.0.0.1";

  @Option(names = "--max-request-mb", paramLabel = "MB", description = "Largest request body (default 10).")
  private int maxRequestMb = 10;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Longest a request's work may take (default 60).")
  private int timeoutSeconds = 60;

  @Option(names = "--workers", paramLabel = "N", description = "Worker threads (default: all cores).")
  private int workers = Runtime.getRuntime().availableProcessors();

  @Option(names = "--queue", paramLabel = "N", description = "Requests that may wait for a worker (default 64).")
  private int queue = 64;

  @Option(names = "--allow-private-hosts", description = "Let \"url\" requests reach private and loopback addresses.")
  private boolean allowPrivateHosts;

  @Option(names = "--claim-topics", paramLabel = "TERMS", split = ",",
      description = "Claim topics to follow, comma-separated: claims list their topics; only topical ones are check-worthy.")
  private List<String> claimTopics = new ArrayList<>();

  /**
   * Runs the server.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    int status = new CommandLine(new Serve())
        .setParameterExceptionHandler((e, a) -> {
          System.err.println("saywho serve: " + e.getMessage() + " (see --help)");
          return 2;
        })
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          System.err.println("saywho serve: " + e.getMessage());
          return 1;
        })
        .execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  @Override
  public Integer call() throws InterruptedException {
    SayWhoServer server;
    try {
      server = SayWhoServer.builder().host(host).port(port).maxRequestBytes((long) maxRequestMb << 20)
          .timeout(Duration.ofSeconds(timeoutSeconds)).workers(workers).queue(queue).allowPrivateHosts(allowPrivateHosts)
          .claimTopics(claimTopics).build().start();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      stopped.countDown();
    }));
    System.err.printf("saywho: serving on http://%s:%d/ (Ctrl-C stops)%n", host, server.port());
    stopped.await();
    return 0;
  }
}
