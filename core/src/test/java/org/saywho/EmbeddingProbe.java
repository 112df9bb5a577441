package org.saywho;

/** A user's program: builds an extractor, extracts one article, prints the number of quotes. */
public final class EmbeddingProbe {

  private EmbeddingProbe() {}

  /**
   * Runs the probe.
   *
   * @param args none
   */
  public static void main(String[] args) {
    System.out.println(Extractor.builder().build().apply("“Yes,” Lee said.").quotes().size());
  }
}
