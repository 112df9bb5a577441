/**
 * SayWho: who said what in English news articles. The API is the package {@code org.saywho}; start
 * at {@link org.saywho.Extractor}. Everything under {@code org.saywho.internal} is encapsulated.
 *
 * <p>The models are resources of saywho-models, read through the class loader: on the class path
 * nothing more is needed; on the module path add {@code --add-modules org.saywho.models}.
 */
module org.saywho {
  requires edu.stanford.nlp.corenlp;
  requires org.apache.opennlp.tools;
  requires static org.jspecify;

  exports org.saywho;
}
