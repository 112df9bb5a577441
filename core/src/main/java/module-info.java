/**
 * SayWho: who said what in English news articles. The API is the package {@code org.saywho}; start
 * at {@link org.saywho.Extractor}. Everything under {@code org.saywho.internal} is encapsulated.
 */
module org.saywho {
  requires edu.stanford.nlp.corenlp;
  requires org.apache.opennlp.tools;
  requires org.saywho.models;
  requires org.slf4j;
  requires static org.jspecify;

  exports org.saywho;
}
