package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.saywho.Cue;
import org.saywho.Quote;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Attribution.CueMention;
import org.saywho.internal.doc.Attribution.Origin;
import org.saywho.internal.doc.Attribution.SpeakerMention;
import org.saywho.internal.doc.TokenRange;
import org.saywho.internal.doc.Tokens;
import org.saywho.internal.lexicon.Words;
import org.saywho.internal.pipeline.TestPipeline;

class ActionVerbsTest {

  private static final Words WORDS = Words.load();

  /** A report of the tokens after the cue, the cue being tokens {@code [cueFirst, cueLast]} with the lemma given. */
  private static List<Draft> drafts(Article doc, int cueFirst, int cueLast, String lemma) {
    Tokens t = doc.tokens();
    CueMention cue = new CueMention(new TokenRange(cueFirst, cueLast), lemma, Cue.Kind.SPEECH);
    SpeakerMention speaker = new SpeakerMention(new TokenRange(0, cueFirst - 1), cueFirst - 1, Optional.empty());
    return List.of(Draft.cued(t.span(cueLast + 1, t.size() - 2), Quote.Type.INDIRECT, Origin.CUE, cue, Optional.of(speaker), 0.5));
  }

  @Test
  void reportCuedByAVerbOfDoing_afterItsAuxiliary_isDropped() {
    Article doc = TestPipeline.read("The governor has tried to use the scandal against his rival.");
    assertThat(ActionVerbs.without(doc.tokens(), drafts(doc, 2, 3, "try"), WORDS)).isEmpty();
  }

  @Test
  void verbOfDoingTheTaggerTookForACue_inOtherOutletsArticles_isDropped() {
    Article doc = TestPipeline.read("Residents packed the community hall on Tuesday night.");
    assertThat(ActionVerbs.without(doc.tokens(), drafts(doc, 1, 1, "pack"), WORDS)).isEmpty();
    Article scored = TestPipeline.read("Saka opened the scoring after 12 minutes.");
    assertThat(ActionVerbs.without(scored.tokens(), drafts(scored, 1, 1, "open"), WORDS)).isEmpty();
    Article data = TestPipeline.read("Researchers analysed data from 226,889 people.");
    assertThat(ActionVerbs.without(data.tokens(), drafts(data, 1, 1, "analyse"), WORDS)).isEmpty();
    Article house = TestPipeline.read("Birla adjourned the House twice amid sloganeering.");
    assertThat(ActionVerbs.without(house.tokens(), drafts(house, 1, 1, "adjourn"), WORDS)).isEmpty();
  }

  @Test
  void verbWhoseSubjectIsTheTargetOfWhatOthersSay_alone_isDropped() {
    Article revolt = TestPipeline.read("Starmer is facing a growing revolt from Labour MPs over the cut.");
    assertThat(ActionVerbs.without(revolt.tokens(), drafts(revolt, 1, 2, "face"), WORDS)).isEmpty();
  }

  @Test
  void verbWhoseSubjectIsTheTargetOfWhatOthersSay_withItsNounOfSpeech_keepsTheReportWithoutItsSubject() {
    Article questions = TestPipeline.read("Trump has faced questions about business practices at his foundation.");
    assertThat(ActionVerbs.without(questions.tokens(), drafts(questions, 1, 4, "face"), WORDS))
        .singleElement().satisfies(d -> assertThat(d.speaker()).isEmpty());
  }

  @Test
  void reportingVerb_orAVerbOfDoingInALongerCue_keepsItsReport() {
    Article said = TestPipeline.read("The governor said he would try to use the scandal.");
    assertThat(ActionVerbs.without(said.tokens(), drafts(said, 2, 2, "say"), WORDS)).hasSize(1);
    Article credit = TestPipeline.read("The director gives credit to the nurses for speaking out.");
    assertThat(ActionVerbs.without(credit.tokens(), drafts(credit, 2, 4, "give"), WORDS)).hasSize(1);
    Article up = TestPipeline.read("The senator opened up about the loss of her son.");
    assertThat(ActionVerbs.without(up.tokens(), drafts(up, 2, 4, "open up about"), WORDS)).hasSize(1);
  }
}
