package org.saywho.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Reads a folder of JSON Lines articles ({"id","text"}), extracts who said what and writes two
 * Parquet tables: {@code articles} (one row per article, quotes and claims nested) and
 * {@code quotes} (one row per quote).
 *
 * <pre>SparkQuotesJob INPUT_DIR OUTPUT_DIR [MASTER]</pre>
 *
 * MASTER defaults to {@code local[*]}; under {@code spark-submit} pass none and let it decide.
 */
public final class SparkQuotesJob {

  private SparkQuotesJob() {}

  /**
   * Runs the job.
   *
   * @param args input folder, output folder, and optionally the master URL
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: SparkQuotesJob INPUT_DIR OUTPUT_DIR [MASTER]");
      System.exit(2);
    }
    SparkSession.Builder builder = SparkSession.builder().appName("saywho");
    if (args.length > 2) {
      builder.master(args[2]);
    } else if (!new SparkConf().contains("spark.master")) {
      builder.master("local[*]"); // not under spark-submit
    }
    SparkSession spark = builder.getOrCreate();
    try {
      Dataset<Row> articles = spark.read().json(args[0]);
      Dataset<Row> found = SayWhoSpark.extract(articles, "text").cache();
      found.write().mode(SaveMode.Overwrite).parquet(args[1] + "/articles");
      found.select(col("id"), explode(col("quotes")).as("q")).select("id", "q.*").write().mode(SaveMode.Overwrite).parquet(args[1] + "/quotes");
      System.out.printf("%d articles, %d with errors%n", found.count(), found.filter("error is not null").count());
    } finally {
      spark.stop();
    }
  }
}
