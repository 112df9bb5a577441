package org.saywho.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.Quote;
import org.saywho.Speaker;

/** SayWho in Spark local mode gives exactly what the plain extractor gives. */
@EnabledIf(value = "org.saywho.testing.SharedData#present", disabledReason = SharedData.ABSENT)
class SayWhoSparkIT {



  private static final StructType ARTICLES = new StructType()
      .add("id", DataTypes.StringType).add("text", DataTypes.StringType);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("saywho-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void extract_seedAndDevCorpus_equalThePlainExtractor() throws Exception {
    List<Row> rows = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    rows.add(RowFactory.create("seed", json.readTree(Files.readString(SharedData.file("gold/seed.jsonl")).trim()).get("text").asText()));
    for (String line : Files.readAllLines(SharedData.file("corpora/polnear-dev.jsonl"))) {
      JsonNode n = json.readTree(line);
      rows.add(RowFactory.create(n.get("id").asText(), n.get("text").asText()));
    }
    Dataset<Row> articles = spark.createDataFrame(rows, ARTICLES).repartition(4);

    long t = System.nanoTime();
    Map<String, List<String>> viaSpark = new TreeMap<>();
    for (Row r : SayWhoSpark.extract(articles, "text").collectAsList()) {
      assertThat(r.isNullAt(r.fieldIndex("error"))).as(r.getString(0)).isTrue();
      List<String> quotes = new ArrayList<>();
      for (Row q : r.<Row>getList(r.fieldIndex("quotes"))) {
        quotes.add(q.getAs("start") + "-" + q.getAs("end") + " " + q.getAs("type") + " " + q.getAs("speaker") + " "
            + q.getAs("cue") + " " + q.getAs("text"));
      }
      viaSpark.put(r.getString(0), quotes);
    }
    double sparkSeconds = (System.nanoTime() - t) / 1e9;
    t = System.nanoTime();
    long warmCount = SayWhoSpark.extract(articles, "text").filter("error is null").count();
    double warmSparkSeconds = (System.nanoTime() - t) / 1e9;
    assertThat(warmCount).isEqualTo(rows.size());

    Extractor extractor = Extractor.builder().build();
    t = System.nanoTime();
    List<Extraction> plain = extractor.extractAll(rows.stream().map(r -> r.getString(1)).toList());
    double plainSeconds = (System.nanoTime() - t) / 1e9;
    Map<String, List<String>> expected = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> quotes = new ArrayList<>();
      for (Quote q : plain.get(i).quotes()) {
        quotes.add(q.span().start() + "-" + q.span().end() + " " + q.type() + " "
            + q.speaker().map(Speaker::name).orElse(null) + " " + q.cue().map(c -> c.lemma()).orElse(null) + " " + q.text());
      }
      expected.put(rows.get(i).getString(0), quotes);
    }
    System.out.printf("%d articles: Spark local[2] %.1f s first (incl. model loading), %.1f s warm; extractAll %.1f s%n",
        rows.size(), sparkSeconds, warmSparkSeconds, plainSeconds);
    assertThat(viaSpark).isEqualTo(expected);
    assertThat(viaSpark.values().stream().mapToInt(List::size).sum()).isGreaterThan(1000);
  }

  @Test
  void extract_corruptRow_getsAnErrorColumn_andTheJobGoesOn() {
    Dataset<Row> articles = spark.createDataFrame(List.of(
        RowFactory.create("ok", "“We will win,” Ann Lee said."),
        RowFactory.create("missing", null),
        RowFactory.create("junk", "\u0000\uD800“\u202E")), ARTICLES);
    Map<String, Row> byId = new TreeMap<>();
    SayWhoSpark.extract(articles, "text").collectAsList().forEach(r -> byId.put(r.getString(0), r));
    assertThat(byId.get("missing").<String>getAs("error")).isEqualTo("no text");
    assertThat(byId.get("ok").<String>getAs("error")).isNull();
    assertThat(byId.get("junk").<String>getAs("error")).isNull();
    List<Row> quotes = SayWhoSpark.quotes(articles, "text").collectAsList();
    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.<String>getAs("id")).isEqualTo("ok");
      assertThat(q.<String>getAs("speaker")).isEqualTo("Ann Lee");
      assertThat(q.<String>getAs("cue")).isEqualTo("say");
      assertThat(q.<String>getAs("speakerType")).isEqualTo("PERSON");
      assertThat(q.<String>getAs("speakerGender")).isEqualTo("FEMALE");
    });
  }

  @Test
  void genderStats_countSourcesPeopleAndQuotesByGender() {
    Dataset<Row> articles = spark.createDataFrame(List.of(
        RowFactory.create("a", "“We will win,” Ann Lee said. Kevin Ross, her rival, stayed home."),
        RowFactory.create("b", "“It is over,” Ann Lee said.\n“Not yet,” Kevin Ross said.")), ARTICLES);
    Map<String, Row> byGender = new TreeMap<>();
    SayWhoSpark.genderStats(SayWhoSpark.extract(articles, "text")).collectAsList().forEach(r -> byGender.put(r.getString(0), r));
    assertThat(byGender.get("FEMALE").<Long>getAs("sources")).isEqualTo(2L);
    assertThat(byGender.get("MALE").<Long>getAs("sources")).isEqualTo(1L);
    assertThat(byGender.get("MALE").<Long>getAs("people")).isEqualTo(2L);
    assertThat(byGender.get("FEMALE").<Long>getAs("quotes")).isEqualTo(2L);
  }

  @Test
  void pages_readAsArticles_thenExtracted() {
    StructType pageSchema = new StructType().add("id", DataTypes.StringType).add("html", DataTypes.StringType);
    String html = "<html><head><meta property=\"og:site_name\" content=\"Springfield Times\">"
        + "<meta name=\"author\" content=\"Jane Roe\"><title>Council closes bridge - Springfield Times</title></head>"
        + "<body><nav>Home News Sport</nav><article><h1>Council closes bridge</h1>"
        + "<p>The city council voted on Tuesday to close the bridge for repairs, a decision that reroutes traffic.</p>"
        + "<p>“We had no choice,” said Mayor Ann Lee, who called the structure unsafe after an inspection.</p>"
        + "</article></body></html>";
    Dataset<Row> pages = spark.createDataFrame(
        List.of(RowFactory.create("p1", html), RowFactory.create("p2", null)), pageSchema);
    List<Row> read = SayWhoSpark.pages(pages, "html").orderBy("id").collectAsList();
    assertThat(read.get(0).<String>getAs("headline")).isEqualTo("Council closes bridge");
    assertThat(read.get(0).<String>getAs("outlet")).isEqualTo("Springfield Times");
    assertThat(read.get(0).getList(read.get(0).fieldIndex("authors"))).containsExactly("Jane Roe");
    assertThat(read.get(0).<String>getAs("text")).doesNotContain("Home News Sport");
    List<Row> found = SayWhoSpark.extract(SayWhoSpark.pages(pages, "html"), "text").orderBy("id").collectAsList();
    List<Row> quotes = found.get(0).getList(found.get(0).fieldIndex("quotes"));
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.<String>getAs("type")).isEqualTo("DIRECT");
      assertThat(q.<String>getAs("speaker")).isEqualTo("Ann Lee");
    });
    assertThat(found.get(1).<String>getAs("error")).isEqualTo("no text");
  }
}
