package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user's project sees: a separate module that {@code requires org.saywho}, compiled against
 * the packaged saywho-core jar and its dependencies on the module path (the path Maven resolved for
 * core, in {@code target/module-path.txt}), as a consumer's build would.
 */
class ConsumerCompileIT {

  private static final String MODULE = "module consumer { requires org.saywho; }\n";

  @TempDir
  Path dir;

  @Test
  void consumer_usingThePublicApi_compiles() throws IOException {
    String errors = compile(true, """
        package consumer;
        import org.saywho.*;
        public class Use {
          public static void main(String[] args) {
            Extraction x = Extractor.extract("“Yes,” she said.");
            Extractor e = Extractor.builder().indirect(false).build();
            Extraction y = e.apply("“Yes,” she said.");
            System.out.println(x.quotes().size() + y.quotes().size());
          }
        }
        """);
    assertThat(errors).isEmpty();
  }

  @Test
  void consumer_usingAnInternalType_failsToCompile() throws IOException {
    String errors = compile(true, """
        package consumer;
        import org.saywho.internal.pipeline.Pipeline;
        public class Use {
          Pipeline p;
        }
        """);
    assertThat(errors).contains("org.saywho.internal.pipeline").contains("does not export");
  }

  @Test
  void configuredExtractor_callingTheStaticExtract_failsToCompile_onTheModulePathAndTheClasspath() throws IOException {
    String trap = """
        package consumer;
        import org.saywho.*;
        public class Use {
          Extraction x = Extractor.builder().indirect(false).build().extract("text");
        }
        """;
    assertThat(compile(true, trap)).contains("illegal static interface method call");
    assertThat(compile(false, trap)).contains("illegal static interface method call");
  }

  /** Compiles one class with the JDK's javac (as a module when {@code modular}); returns its errors. */
  private String compile(boolean modular, String source) throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src.resolve("consumer"));
    Files.writeString(src.resolve("consumer/Use.java"), source, StandardCharsets.UTF_8);
    List<String> files = new ArrayList<>(List.of(src.resolve("consumer/Use.java").toString()));
    if (modular) {
      Files.writeString(src.resolve("module-info.java"), MODULE, StandardCharsets.UTF_8);
      files.add(src.resolve("module-info.java").toString());
    } else {
      Files.deleteIfExists(src.resolve("module-info.java"));
    }
    String path = String.join(java.io.File.pathSeparator, dependencyPath());
    List<String> args = new ArrayList<>(List.of("-d", dir.resolve(modular ? "out-module" : "out-classpath").toString(), "-proc:none", "-Xlint:none",
        modular ? "--module-path" : "--class-path", path));
    args.addAll(files);
    args.add(0, Path.of(System.getProperty("java.home"), "bin", "javac").toString());
    Process javac = new ProcessBuilder(args).redirectErrorStream(true).start();
    String out = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      return javac.waitFor() == 0 ? "" : out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  /** The packaged core jar and its compile dependencies. */
  private static List<String> dependencyPath() throws IOException {
    Path target = Path.of("target");
    Path core = Path.of(System.getProperty("saywho.coreJar", "target/saywho-core.jar"));
    assertThat(core).as("the packaged saywho-core jar (failsafe passes its path)").isRegularFile();
    List<String> path = new ArrayList<>(List.of(core.toString()));
    for (String entry : Files.readString(target.resolve("module-path.txt")).trim().split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        path.add(entry);
      }
    }
    return path;
  }
}
