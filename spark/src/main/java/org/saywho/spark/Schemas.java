package org.saywho.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The Spark SQL types of SayWho's results. */
final class Schemas {

  /**
   * A quote: text, span, type, speaker name, type and gender, roles, cue lemma, and whether the cue
   * reports speech or thought.
   */
  static final StructType QUOTE = spanned()
      .add("type", DataTypes.StringType, false)
      .add("speaker", DataTypes.StringType, true)
      .add("speakerType", DataTypes.StringType, true)
      .add("speakerGender", DataTypes.StringType, true)
      .add("roles", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("cue", DataTypes.StringType, true)
      .add("cueKind", DataTypes.StringType, true);

  /** A claim: text, span, claimant, type, check-worthiness, hedge, claim topics. */
  static final StructType CLAIM = spanned()
      .add("claimant", DataTypes.StringType, true)
      .add("type", DataTypes.StringType, false)
      .add("checkWorthiness", DataTypes.DoubleType, false)
      .add("checkWorthy", DataTypes.BooleanType, false)
      .add("hedged", DataTypes.BooleanType, false)
      .add("topics", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("topicRelevance", DataTypes.DoubleType, false);

  /** A person the article names: name, gender and its evidence, and how often they are quoted. */
  static final StructType PERSON = new StructType()
      .add("name", DataTypes.StringType, false)
      .add("gender", DataTypes.StringType, false)
      .add("genderEvidence", DataTypes.StringType, false)
      .add("quotes", DataTypes.IntegerType, false);

  /** One article's result. */
  static final StructType ARTICLE = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("quotes", DataTypes.createArrayType(QUOTE, false), false)
      .add("claims", DataTypes.createArrayType(CLAIM, false), false)
      .add("people", DataTypes.createArrayType(PERSON, false), false)
      .add("error", DataTypes.StringType, true);

  /** A web page read as an article: its text and the metadata the page declares. */
  static final StructType PAGE = new StructType()
      .add("id", DataTypes.StringType, true)
      .add("text", DataTypes.StringType, true)
      .add("headline", DataTypes.StringType, true)
      .add("authors", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("outlet", DataTypes.StringType, true)
      .add("published", DataTypes.StringType, true)
      .add("url", DataTypes.StringType, true)
      .add("language", DataTypes.StringType, true);

  private Schemas() {}

  /** The fields every piece of an article has: its text and its span, end-exclusive. */
  private static StructType spanned() {
    return new StructType()
        .add("text", DataTypes.StringType, false)
        .add("start", DataTypes.IntegerType, false)
        .add("end", DataTypes.IntegerType, false);
  }
}
