package org.saywho.internal.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Resources;

/**
 * CoreNLP's CoNLL named-entity recogniser (a CRF: person, organisation, location, miscellaneous),
 * run on windows around the article's capitalised runs rather than on every sentence: the CRF's
 * features look a few words either side, so a window of context gives the labels a full sentence
 * would at a fraction of the cost. Immutable and thread-safe.
 */
public final class NamedEntities {

  /** Classpath path of the model, as unpacked from CoreNLP's models jar into saywho-models. */
  public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  /** Words of context either side of a run (four cost a third more time for 0.002 of type accuracy on dev). */
  static final int CONTEXT = 2;

  /** What the recogniser says a token is. */
  public enum Label {
    /** A person's name. */
    PERSON,
    /** An organisation's name. */
    ORGANIZATION,
    /** A place. */
    LOCATION,
    /** Another name: events, nationalities, works. */
    MISC,
    /** Not a name, or not labelled. */
    NONE
  }

  private final CRFClassifier<CoreLabel> crf;

  private NamedEntities(CRFClassifier<CoreLabel> crf) {
    this.crf = crf;
  }

  /**
   * Loads the model from the classpath.
   *
   * @return the recogniser
   * @throws IllegalStateException when the model is missing
   * @throws UncheckedIOException when it cannot be read
   */
  public static NamedEntities load() {
    try (InputStream in = new GZIPInputStream(new BufferedInputStream(Resources.open(MODEL), 1 << 16))) {
      return new NamedEntities(CRFClassifier.getClassifier(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + MODEL, e);
    } catch (ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("cannot read " + MODEL, e);
    }
  }

  /**
   * Labels the tokens of the given runs, each read with {@link #CONTEXT} words either side inside its
   * sentence; runs whose windows touch are read together.
   *
   * @param t the tagged tokens
   * @param runs token ranges {@code [first, last]}, in text order
   * @return a label per token; NONE outside the windows
   */
  Label[] label(Tokens t, List<int[]> runs) {
    Label[] out = new Label[t.size()];
    Arrays.fill(out, Label.NONE);
    int k = 0;
    while (k < runs.size()) {
      int sentence = t.sentence(runs.get(k)[0]);
      int from = Math.max(runs.get(k)[0] - CONTEXT, t.sentenceStart(runs.get(k)[0]));
      int to = runs.get(k)[1] + CONTEXT;
      k++;
      while (k < runs.size() && t.sentence(runs.get(k)[0]) == sentence && runs.get(k)[0] - CONTEXT <= to + 1) {
        to = runs.get(k)[1] + CONTEXT;
        k++;
      }
      to = Math.min(to, sentenceEnd(t, to < t.size() ? to : t.size() - 1, sentence));
      classify(t, from, to, out);
    }
    return out;
  }

  private void classify(Tokens t, int from, int to, Label[] out) {
    List<CoreLabel> window = new ArrayList<>(to - from + 1);
    for (int i = from; i <= to; i++) {
      CoreLabel l = new CoreLabel();
      l.setWord(t.word(i));
      l.setValue(t.word(i));
      l.setOriginalText(t.word(i));
      window.add(l);
    }
    // classifySentence, not classify: it sets up the annotations the CRF's features read.
    List<CoreLabel> labelled = crf.classifySentence(window);
    for (int i = from; i <= to; i++) {
      out[i] = of(labelled.get(i - from).get(CoreAnnotations.AnswerAnnotation.class));
    }
  }

  private static Label of(String answer) {
    return switch (answer == null ? "" : answer) {
      case "PERSON" -> Label.PERSON;
      case "ORGANIZATION" -> Label.ORGANIZATION;
      case "LOCATION" -> Label.LOCATION;
      case "MISC" -> Label.MISC;
      default -> Label.NONE;
    };
  }

  private static int sentenceEnd(Tokens t, int i, int sentence) {
    int e = Math.min(i, t.size() - 1);
    while (e > 0 && t.sentence(e) != sentence) {
      e--;
    }
    return e;
  }
}
