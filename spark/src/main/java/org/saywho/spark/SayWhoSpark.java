package org.saywho.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.saywho.Claim;
import org.saywho.Extraction;
import org.saywho.Extractor;
import org.saywho.Quote;
import org.saywho.Speaker;
import org.saywho.web.WebArticle;
import org.saywho.web.WebPage;
import scala.jdk.javaapi.CollectionConverters;

/**
 * SayWho on Spark SQL: who said what for every article of a Dataset.
 *
 * <pre>{@code
 * Dataset<Row> articles = spark.read().json("articles/");       // columns id, text
 * Dataset<Row> found = SayWhoSpark.extract(articles, "text");   // id, quotes[], claims[], people[], error
 * Dataset<Row> byGender = SayWhoSpark.genderStats(found);        // gender, sources, people, quotes
 * Dataset<Row> quotes = SayWhoSpark.quotes(articles, "text");   // one row per quote
 * Dataset<Row> read = SayWhoSpark.pages(savedPages, "html");     // id, text, headline, authors, outlet…
 * }</pre>
 *
 * Each executor JVM builds one {@link Extractor} on first use and reuses it for every partition; the
 * extractor is never serialised. A row whose text is missing or that fails internally gets an
 * {@code error} and no quotes; the job goes on.
 */
public final class SayWhoSpark {

  private SayWhoSpark() {}

  /** The extractor of this JVM, built on first use. */
  private static final class Shared {
    static final Extractor EXTRACTOR = Extractor.builder().threads(1).build();
  }

  /**
   * Extracts quotes and claims from the {@code textColumn} of each article, keyed by its {@code id}
   * column.
   *
   * @param articles the articles; a column {@code id} (any type, read as a string) and the text column
   * @param textColumn the name of the column holding the article text
   * @return one row per article: {@code id}, {@code quotes}, {@code claims}, {@code people}, {@code error}
   */
  public static Dataset<Row> extract(Dataset<Row> articles, String textColumn) {
    return extract(articles, textColumn, "id");
  }

  /**
   * Extracts quotes and claims from the {@code textColumn} of each article, keyed by {@code idColumn}.
   *
   * @param articles the articles
   * @param textColumn the name of the column holding the article text
   * @param idColumn the name of the column identifying each article
   * @return one row per article: {@code id}, {@code quotes}, {@code claims}, {@code people}, {@code error}
   */
  public static Dataset<Row> extract(Dataset<Row> articles, String textColumn, String idColumn) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(textColumn, "textColumn");
    Objects.requireNonNull(idColumn, "idColumn");
    Dataset<Row> input = articles.select(col(idColumn).cast("string").as("id"), col(textColumn).cast("string").as("text"));
    return input.mapPartitions((MapPartitionsFunction<Row, Row>) SayWhoSpark::extractPartition,
        Encoders.row(Schemas.ARTICLE));
  }

  /**
   * One row per quote: {@code id} and the quote's {@code text}, {@code start}, {@code end}, {@code type},
   * {@code speaker}, {@code speakerType}, {@code roles} and {@code cue}.
   *
   * @param articles the articles, with an {@code id} column
   * @param textColumn the name of the column holding the article text
   * @return the quotes of all articles
   */
  public static Dataset<Row> quotes(Dataset<Row> articles, String textColumn) {
    return extract(articles, textColumn).select(col("id"), explode(col("quotes")).as("q")).select("id", "q.*");
  }

  /**
   * The figures of who is quoted by gender over extracted articles, as {@code --stats} prints them: for
   * each gender, the people quoted ({@code sources}, each counted once per article), the people named
   * ({@code people}), and their quotes. The share of women is {@code sources} of FEMALE over FEMALE plus
   * MALE.
   *
   * @param extracted the result of {@link #extract}
   * @return one row per gender: {@code gender}, {@code sources}, {@code people}, {@code quotes}
   */
  public static Dataset<Row> genderStats(Dataset<Row> extracted) {
    Objects.requireNonNull(extracted, "extracted");
    return extracted.select(explode(col("people")).as("p"))
        .groupBy(col("p.gender").as("gender"))
        .agg(sum(when(col("p.quotes").gt(0), 1).otherwise(0)).as("sources"), count(lit(1)).as("people"),
            sum(col("p.quotes")).as("quotes"))
        .orderBy("gender");
  }

  /**
   * Reads saved web pages as articles with {@code saywho-web}: their text (for {@link #extract}) and the
   * metadata each page declares. A row without HTML gets a null text, which {@link #extract} reports.
   *
   * @param pages the pages, with an {@code id} column
   * @param htmlColumn the name of the column holding each page's HTML
   * @return one row per page: {@code id}, {@code text}, {@code headline}, {@code authors},
   *     {@code outlet}, {@code published}, {@code url}, {@code language}
   */
  public static Dataset<Row> pages(Dataset<Row> pages, String htmlColumn) {
    Objects.requireNonNull(pages, "pages");
    Objects.requireNonNull(htmlColumn, "htmlColumn");
    Dataset<Row> input = pages.select(col("id").cast("string").as("id"), col(htmlColumn).cast("string").as("html"));
    return input.map((MapFunction<Row, Row>) SayWhoSpark::page, Encoders.row(Schemas.PAGE));
  }

  private static Row page(Row in) {
    if (in.isNullAt(1)) {
      return RowFactory.create(in.getString(0), null, null, seq(List.of()), null, null, null, null);
    }
    WebArticle a = WebPage.read(in.getString(1), "");
    return RowFactory.create(in.getString(0), a.text(), a.headline().orElse(null), seq(a.authors()),
        a.outlet().orElse(null), a.published().orElse(null), a.url().orElse(null), a.language().orElse(null));
  }

  private static Iterator<Row> extractPartition(Iterator<Row> rows) {
    Extractor extractor = Shared.EXTRACTOR;
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row in = rows.next();
        String id = in.getString(0);
        if (in.isNullAt(1)) {
          return RowFactory.create(id, seq(List.of()), seq(List.of()), seq(List.of()), "no text");
        }
        Extraction x = extractor.apply(in.getString(1));
        if (x.failure().isPresent()) {
          return RowFactory.create(id, seq(List.of()), seq(List.of()), seq(List.of()), x.failure().get());
        }
        return RowFactory.create(id, seq(quotes(x)), seq(claims(x)), seq(people(x)), null);
      }
    };
  }

  /** Spark's rows hold arrays as Scala sequences. */
  private static <T> scala.collection.Seq<T> seq(List<T> list) {
    return CollectionConverters.asScala(list);
  }

  private static List<Row> quotes(Extraction x) {
    List<Row> out = new ArrayList<>(x.quotes().size());
    for (Quote q : x.quotes()) {
      out.add(RowFactory.create(q.text(), q.span().start(), q.span().end(), q.type().name(),
          q.speaker().map(Speaker::name).orElse(null), q.speaker().map(s -> s.type().name()).orElse(null),
          q.speaker().map(s -> s.gender().name()).orElse(null),
          seq(q.speaker().map(Speaker::roles).orElse(List.of())), q.cue().map(c -> c.lemma()).orElse(null),
          q.cue().map(c -> c.kind().name()).orElse(null)));
    }
    return out;
  }

  private static List<Row> people(Extraction x) {
    List<Row> out = new ArrayList<>(x.people().size());
    for (Speaker p : x.people()) {
      int quoted = (int) x.quotes().stream().filter(q -> q.speaker().filter(s -> s == p).isPresent()).count();
      out.add(RowFactory.create(p.name(), p.gender().name(), p.genderEvidence().name(), quoted));
    }
    return out;
  }

  private static List<Row> claims(Extraction x) {
    List<Row> out = new ArrayList<>(x.claims().size());
    for (Claim c : x.claims()) {
      out.add(RowFactory.create(c.text(), c.span().start(), c.span().end(),
          c.claimant().map(Speaker::name).orElse(null), c.type().name(), c.checkWorthiness(), c.checkWorthy(),
          c.hedged(), seq(c.topics()), c.topicRelevance()));
    }
    return out;
  }
}
