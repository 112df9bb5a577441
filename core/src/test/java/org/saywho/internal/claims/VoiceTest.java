package org.saywho.internal.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.pipeline.TestPipeline;

class VoiceTest {

  private static final Voice VOICE = new Voice(TestPipeline.models().claimWords());

  private static List<String> mainVerbs(String sentence) {
    Tokens t = TestPipeline.read(sentence).tokens();
    return VOICE.mainVerbs(t, 0, t.size(), List.of()).stream().map(t::word).toList();
  }

  private static boolean negated(String sentence, String cue) {
    Article doc = TestPipeline.read(sentence);
    Tokens t = doc.tokens();
    int i = 0;
    while (!t.word(i).equals(cue)) {
      i++;
    }
    return VOICE.negated(t, new TokenRange(i, i));
  }

  @Test
  void mainVerbs_skipAuxiliariesRelativeClausesAndAnOpeningParticiple() {
    assertThat(mainVerbs("Lawmakers have not said when they would vote.")).containsExactly("said");
    assertThat(mainVerbs("Derek Mitchell, who served as ambassador, said Clinton called.")).containsExactly("said");
    assertThat(mainVerbs("Claiming victory, Trump told Fox that he won.")).containsExactly("told");
  }

  @Test
  void mainVerbs_takeEachMainClauseAndAnInfinitiveThatContinuesTheVerb() {
    assertThat(mainVerbs("His former wife agreed, but she also contended that it was private."))
        .containsExactly("agreed", "contended");
    assertThat(mainVerbs("The nominee continues to insist that he is audited.")).containsExactly("continues", "insist");
  }

  @Test
  void mainVerbs_skipTheReportedContent() {
    Annotated doc = TestPipeline.annotate("Trump said that taxes rose.");
    List<Attribution> contents = doc.attributions();
    Tokens t = doc.article().tokens();
    assertThat(contents).isNotEmpty();
    assertThat(VOICE.mainVerbs(t, 0, t.size(), contents)).extracting(t::word).containsExactly("said");
  }

  @Test
  void aCue_isNegatedByANegationInOrJustBeforeIt_notByOneFurtherAway() {
    assertThat(negated("Lawmakers have not said when they would vote.", "said")).isTrue();
    assertThat(negated("Officials never claimed the plant was safe.", "claimed")).isTrue();
    assertThat(negated("Officials who did not attend the meeting said the plant was safe.", "said")).isFalse();
  }
}
