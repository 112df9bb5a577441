package org.saywho.examples.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.saywho.Claims;
import org.saywho.Extraction;
import org.saywho.Quote;
import org.saywho.Quotes;
import org.saywho.Span;
import org.saywho.Speaker;

class ScorerTest {

  private static final String TEXT = "“We won,” Trump said. He said the vote was rigged.";

  private static Quote quote(int s, int e, Quote.Type type, Speaker sp, Span mention) {
    return new Quote(TEXT.substring(s, e), Span.of(s, e), type, Optional.ofNullable(sp), Optional.ofNullable(mention),
        Optional.empty(), 1);
  }

  @Test
  void scores_followTheRulesOfScorePy() {
    Gold gold = new Gold("g", TEXT, List.of(
        new Gold.Quote(Span.of(0, 9), "direct", Optional.of("Trump"), Optional.of(Span.of(10, 15)), Optional.empty()),
        new Gold.Quote(Span.of(30, 50), "indirect", Optional.of("He"), Optional.of(Span.of(22, 24)), Optional.empty())));
    Speaker trump = new Speaker("Donald Trump", Speaker.Type.PERSON, List.of(), List.of(Span.of(10, 15)));
    Extraction system = new Extraction(TEXT, Quotes.of(List.of(
        quote(1, 8, Quote.Type.DIRECT, trump, Span.of(10, 15)),
        quote(26, 50, Quote.Type.INDIRECT, null, null),
        quote(40, 44, Quote.Type.MIXED, null, null))), List.of(trump), Optional.empty(), Claims.of(List.of(), Optional.empty()),
        Optional.empty());
    Scorer dm = new Scorer(Set.of("direct", "mixed"));
    dm.add(gold, system);
    assertThat(dm.scores()).isEqualTo(new Scores(0.5, 1.0, 2 * 0.5 / 1.5, 1.0, 1, 1, 1));
    Scorer all = new Scorer(Set.of("direct", "mixed", "indirect"));
    all.add(gold, system);
    assertThat(all.scores().found()).isEqualTo(2);
    assertThat(all.scores().speakerAccuracy()).isEqualTo(0.5);
  }

  @Test
  void lastWord_dropsPossessivesAndPunctuation() {
    assertThat(Scorer.lastWord("Donald Trump’s")).isEqualTo("trump");
    assertThat(Scorer.lastWord("the spokesman, .")).isEqualTo("spokesman");
  }
}
