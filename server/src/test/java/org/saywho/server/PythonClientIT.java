package org.saywho.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Python client's own tests ({@code clients/python}), run with python3 against a live server. */
class PythonClientIT {

  @Test
  void pythonClientTests_passAgainstALiveServer() throws Exception {
    try (SayWhoServer server = SayWhoServer.builder().port(0).build().start()) {
      ProcessBuilder pb = new ProcessBuilder("python3", "-m", "unittest", "-v", "test_saywho")
          .directory(Path.of("../clients/python").toFile()).redirectErrorStream(true);
      pb.environment().put("SAYWHO_URL", "http://127.0.0.1:" + server.port());
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      System.out.println(out);
      assertThat(p.exitValue()).as(out).isZero();
      assertThat(out).contains("Ran 6 tests").contains("OK").doesNotContain("skipped");
    }
  }
}
