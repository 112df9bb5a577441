package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Article;

class TagRulesTest {

  @Test
  void apply_tagsPartsOfSpeech_andQuoteMarks() {
    Article doc = TestPipeline.read("“We won,” Sanders’ aide said.");
    assertThat(TestPipeline.tagged(doc)).isEqualTo("“/`` We/PRP won/VBD ,/, ”/'' Sanders/NNP ’/POS aide/NN said/VBD ./.");
  }

  @Test
  void apply_straightQuotes_areOpeningAndClosingMarks() {
    Article doc = TestPipeline.read("He said \"no\" twice.");
    assertThat(doc.tokens().tag(2)).isEqualTo("``");
    assertThat(doc.tokens().tag(4)).isEqualTo("''");
  }

  @Test
  void apply_bareVerbBeforeTitleAndName_isAnAdjective() {
    Article doc = TestPipeline.read("“It matters,” said lead author Ingrid Hansen.");
    assertThat(TestPipeline.tagged(doc)).contains("lead/JJ author/NN Ingrid/NNP");
  }

  @Test
  void apply_bareVerbBeforeNounAndPreposition_staysAVerb() {
    Article doc = TestPipeline.read("The money helped build homes in Texas.");
    assertThat(TestPipeline.tagged(doc)).contains("build/VB homes/NNS in/IN");
  }
}
