package org.saywho.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads text resources from the classpath, failing loudly when one is missing. */
public final class Resources {

  private Resources() {}

  /**
   * Opens the classpath resource at {@code path}.
   *
   * @param path a resource path without leading slash
   * @return the open stream
   * @throws IllegalStateException when the resource is not on the classpath
   */
  public static InputStream open(String path) {
    InputStream in = Resources.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing model resource " + path + " (is saywho-models on the classpath?)");
    }
    return in;
  }

  /**
   * Returns the lines of a UTF-8 resource, without blank lines and '#' comment lines.
   *
   * @param path a resource path without leading slash
   * @return the meaningful lines, trimmed of trailing white space
   */
  public static List<String> lines(String path) {
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(open(path), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.stripTrailing();
        if (!l.isBlank() && !l.startsWith("#")) {
          out.add(l);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read model resource " + path, e);
    }
    return out;
  }

  /**
   * Returns the bytes of a resource.
   *
   * @param path a resource path without leading slash
   * @return its bytes
   */
  public static byte[] bytes(String path) {
    try (InputStream in = open(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /**
   * Returns the settings of a {@code .properties} resource.
   *
   * @param path a resource path without leading slash
   * @return the settings
   */
  public static Properties properties(String path) {
    Properties settings = new Properties();
    try (InputStream in = open(path)) {
      settings.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return settings;
  }
}
