package org.saywho.examples;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Derives SayWho's second first-name table, {@code more-first-names.tsv}, from Bergsma and Lin's
 * gender counts (CoreNLP's {@code dcoref/gender.data.gz}, 2006 web text): a first name the first-name
 * list of CoreNLP does not hold ("Volodymyr", "Recep", "Yulia") gets the gender it was referred to with
 * at least 95% of the time, when at least 20 gendered pronouns were counted and they make at least
 * 60% of its counts. A word any of the corpora writes in lower case, a common noun CoreNLP's animacy
 * lists know ("quarterback"), a day, month, demonym or unisex name is left out. Deterministic: the
 * same inputs give the same bytes.
 *
 * <pre>
 * ./mvnw -q install -DskipTests
 * ./mvnw -q -pl examples exec:java -Dexec.mainClass=org.saywho.examples.BuildFirstNames \
 *     -Dexec.args="models/target/corenlp-build-only/edu/stanford/nlp/models/dcoref/gender.data.gz \
 *     models/src/main/resources/org/saywho/models ../shared/corpora/polnear-train.jsonl ../shared/corpora/claimbuster-train.jsonl"
 * </pre>
 */
public final class BuildFirstNames {

  /** The file written, in the models' resource folder. */
  public static final String FILE = "more-first-names.tsv";
  /** The fewest gendered counts a name needs. */
  static final int MIN_GENDERED = 20;
  /** The share of one gender among a name's gendered counts. */
  static final double MIN_SHARE = 0.95;
  /** The share of gendered counts among all of a name's counts. */
  static final double MIN_GENDERED_SHARE = 0.6;

  private static final String CORENLP = "edu/stanford/nlp/models/dcoref/";
  private static final String MODELS = "org/saywho/models/";
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
  private static final Pattern FIRST_NAME_KEY = Pattern.compile("([a-z]+) !");

  private BuildFirstNames() {}

  /**
   * Writes the table.
   *
   * @param args the gender counts, the output directory, then the corpora (JSON Lines with "text")
   * @throws IOException when a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: BuildFirstNames GENDER_DATA.gz OUTPUT_DIR CORPUS.jsonl...");
      System.exit(2);
    }
    Path[] corpora = new Path[args.length - 2];
    for (int i = 2; i < args.length; i++) {
      corpora[i - 2] = Path.of(args[i]);
    }
    String table = build(Path.of(args[0]), corpora);
    Path out = Path.of(args[1]).resolve(FILE);
    Files.writeString(out, table, StandardCharsets.UTF_8);
    long male = table.lines().filter(l -> l.endsWith("\tMALE")).count();
    long female = table.lines().filter(l -> l.endsWith("\tFEMALE")).count();
    System.out.printf(Locale.ROOT, "%s: %d male and %d female first names, %d bytes%n", out, male, female,
        table.getBytes(StandardCharsets.UTF_8).length);
  }

  /**
   * Returns the table's text.
   *
   * @param genderData Bergsma and Lin's counts, gzipped
   * @param corpora JSON Lines files whose lower-case words are not names
   * @return the table, a header then one "name TAB gender" line per name, sorted
   * @throws IOException when a file cannot be read
   */
  public static String build(Path genderData, Path... corpora) throws IOException {
    Set<String> excluded = new HashSet<>();
    for (Path corpus : corpora) {
      addLowerCaseWords(corpus, excluded);
    }
    for (String line : resourceLines(CORENLP + "namegender.combine.txt")) {
      excluded.add(line.split("\t")[0].trim());
    }
    for (String list : new String[] {"animate.unigrams.txt", "inanimate.unigrams.txt"}) {
      for (String line : resourceLines(CORENLP + list)) {
        if (!line.isEmpty() && Character.isLowerCase(line.charAt(0))) {
          excluded.add(line.trim());
        }
      }
    }
    for (String line : resourceLines(CORENLP + "demonyms.txt")) {
      for (String f : line.split("\t")) {
        excluded.add(f.trim().toLowerCase(Locale.ROOT));
      }
    }
    for (String list : new String[] {"calendar-words.txt", "unisex-first-names.txt"}) {
      for (String line : resourceLines(MODELS + list)) {
        if (!line.startsWith("#")) {
          excluded.add(line.trim());
        }
      }
    }
    Map<String, String> names = new TreeMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(genderData)), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.indexOf('\t');
        Matcher key = FIRST_NAME_KEY.matcher(tab < 0 ? "" : line.substring(0, tab));
        if (!key.matches()) {
          continue;
        }
        String name = key.group(1);
        if (name.length() < 3 || !name.matches(".*[aeiouy].*") || excluded.contains(name)) {
          continue;
        }
        String gender = gender(line.substring(tab + 1).trim().split(" "));
        if (gender != null) {
          names.put(name, gender);
        }
      }
    }
    StringBuilder out = new StringBuilder()
        .append("# First names CoreNLP's name-gender list lacks, with the gender Bergsma and Lin's counts give them\n")
        .append("# (CoreNLP's dcoref/gender.data.gz). Built by org.saywho.examples.BuildFirstNames; do not edit.\n");
    names.forEach((n, g) -> out.append(n).append('\t').append(g).append('\n'));
    return out.toString();
  }

  /** The gender counts decide, or null: male, female, neutral and plural counts in that order. */
  private static String gender(String[] counts) {
    if (counts.length != 4) {
      return null;
    }
    long male = Long.parseLong(counts[0]);
    long female = Long.parseLong(counts[1]);
    long all = male + female + Long.parseLong(counts[2]) + Long.parseLong(counts[3]);
    long gendered = male + female;
    if (gendered < MIN_GENDERED || gendered < MIN_GENDERED_SHARE * all) {
      return null;
    }
    return male >= MIN_SHARE * gendered ? "MALE" : female >= MIN_SHARE * gendered ? "FEMALE" : null;
  }

  private static void addLowerCaseWords(Path corpus, Set<String> into) throws IOException {
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader r = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Matcher m = WORD.matcher(json.readTree(line).path("text").asText(""));
        while (m.find()) {
          String w = m.group();
          if (w.equals(w.toLowerCase(Locale.ROOT))) {
            into.add(w);
          }
        }
      }
    }
  }

  private static Iterable<String> resourceLines(String resource) throws IOException {
    try (InputStream in = BuildFirstNames.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }
}
