package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Doc;
import org.saywho.internal.doc.Tokens;

class TokenAnnotatorTest {

  @Test
  void annotate_tokensPointIntoTheOriginalText() {
    String text = "Trump’s  remarks\n\ndidn’t “land.”";
    Doc doc = TestPipeline.through(Layer.TOKENS, text);
    Tokens t = doc.tokens();
    List<String> covered = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      covered.add(t.span(i).in(text));
    }
    assertThat(covered).containsExactly("Trump", "’s", "remarks", "did", "n’t", "“", "land", ".", "”");
  }

  @Test
  void annotate_marksTokensInsideQuotes() {
    Doc doc = TestPipeline.through(Layer.TOKENS, "He said “no way” today.");
    Tokens t = doc.tokens();
    List<Boolean> quoted = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      quoted.add(t.quoted(i));
    }
    assertThat(quoted).containsExactly(false, false, true, true, true, true, false, false);
    assertThat(doc.quoteFirstToken(0)).isEqualTo(2);
    assertThat(doc.quoteLastToken(0)).isEqualTo(5);
  }
}
