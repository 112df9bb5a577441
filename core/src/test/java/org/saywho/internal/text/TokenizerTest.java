package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Article;

class TokenizerTest {

  @Test
  void tokenize_tokensPointIntoTheOriginalText() {
    String text = "Trump’s  remarks\n\ndidn’t “land.”";
    Article doc = TestPipeline.read(text);
    Tokens t = doc.tokens();
    List<String> covered = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      covered.add(t.span(i).in(text));
    }
    assertThat(covered).containsExactly("Trump", "’s", "remarks", "did", "n’t", "“", "land", ".", "”");
  }

  @Test
  void tokenize_marksTokensInsideQuotes() {
    Article doc = TestPipeline.read("He said “no way” today.");
    Tokens t = doc.tokens();
    List<Boolean> quoted = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      quoted.add(t.quoted(i));
    }
    assertThat(quoted).containsExactly(false, false, true, true, true, true, false, false);
    assertThat(doc.quoteFirstToken(0)).isEqualTo(2);
    assertThat(doc.quoteLastToken(0)).isEqualTo(5);
  }

  @Test
  void tokenize_keepsTheFullStopOfATitlesAbbreviationItDoesNotKnowBeforeAName_butNotAtASentencesEnd() {
    Article doc = TestPipeline.read("\"We are stuck,\" said Coun. Brad Bradford. He spoke to a coun. Later he left.");
    Tokens t = doc.tokens();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      words.add(t.word(i));
    }
    assertThat(words).contains("Coun.").containsSubsequence("coun", ".", "Later");
    assertThat(doc.sentences()).hasSize(3);
  }

  @Test
  void tokenize_keepsTheFullStopOfAnAbbreviationBeforeALegalForm() {
    assertThat(covered("Canadian Tire Corp. Ltd. is cutting jobs."))
        .containsExactly("Canadian", "Tire", "Corp.", "Ltd.", "is", "cutting", "jobs", ".");
  }

  @Test
  void tokenize_leavesASentenceEndingInAnAbbreviationBeforeAnyOtherWord() {
    assertThat(covered("He works at Apple Inc. He said so."))
        .containsExactly("He", "works", "at", "Apple", "Inc", ".", "He", "said", "so", ".");
  }

  private static List<String> covered(String text) {
    Tokens t = TestPipeline.read(text).tokens();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.span(i).in(text));
    }
    return out;
  }
}
