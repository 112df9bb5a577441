package org.saywho.internal.attribution;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import opennlp.tools.ml.model.Event;
import org.saywho.Span;
import org.saywho.internal.attribution.AttributionTagger.Label;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Tokens;

/**
 * The training events of the {@link AttributionTagger}: each token's features with its gold label and
 * the gold label before it, in corpus order (trained by {@link org.saywho.internal.learn.Maxent}).
 */
public final class AttributionTrainer {

  /**
   * A gold attribution, as character spans of its article.
   *
   * @param content the content
   * @param cue the cue, when annotated
   * @param source the source, when annotated
   */
  public record Gold(Span content, Optional<Span> cue, Optional<Span> source) {}

  private AttributionTrainer() {}

  /**
   * The gold label of every token: nested attributions give way to the one holding them.
   *
   * @param doc the tagged article
   * @param gold its gold attributions
   * @return a label per token
   */
  static Label[] goldLabels(Article doc, List<Gold> gold) {
    Tokens t = doc.tokens();
    Label[] out = new Label[t.size()];
    Arrays.fill(out, Label.O);
    List<Gold> sorted = new ArrayList<>(gold);
    sorted.sort(Comparator.comparingInt((Gold g) -> -g.content().length()).thenComparing(Gold::content));
    for (Gold g : sorted) {
      List<Integer> content = tokens(t, g.content());
      if (content.isEmpty() || content.stream().anyMatch(i -> out[i] != Label.O)) {
        continue;
      }
      for (int k = 0; k < content.size(); k++) {
        out[content.get(k)] = k == 0 ? Label.B : Label.I;
      }
      g.cue().ifPresent(s -> tokens(t, s).stream().filter(i -> out[i] == Label.O).forEach(i -> out[i] = Label.CUE));
      g.source().ifPresent(s -> tokens(t, s).stream().filter(i -> out[i] == Label.O).forEach(i -> out[i] = Label.SRC));
    }
    return out;
  }

  private static List<Integer> tokens(Tokens t, Span s) {
    List<Integer> out = new ArrayList<>();
    for (int i = t.firstAtOrAfter(s.start()); i < t.size() && t.start(i) < s.end(); i++) {
      out.add(i);
    }
    int before = t.firstAtOrAfter(s.start()) - 1;
    if (before >= 0 && t.end(before) > s.start()) {
      out.add(0, before);
    }
    return out;
  }

  /**
   * The training events of one article: each token's features with the gold history.
   *
   * @param doc the tagged article
   * @param features its {@link TokenFeatures}
   * @param gold its gold attributions
   * @return one event per token
   */
  public static List<Event> events(Article doc, String[][] features, List<Gold> gold) {
    Label[] labels = goldLabels(doc, gold);
    List<Event> out = new ArrayList<>(labels.length);
    for (int i = 0; i < labels.length; i++) {
      boolean first = i == 0 || doc.paragraphOf(i) != doc.paragraphOf(i - 1);
      out.add(new Event(labels[i].name(), AttributionTagger.withHistory(features[i], first ? Label.O : labels[i - 1])));
    }
    return out;
  }


}
