package org.saywho.internal.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.Claim;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.pipeline.TestPipeline;

class ClaimFinderTest {

  private static Annotated claims(String text) {
    return TestPipeline.annotate(text);
  }

  @Test
  void oneSentence_isAClaimByTheArticle() {
    Annotated doc = claims("The city has 2.3 million residents.");
    assertThat(doc.claims()).singleElement().satisfies(c -> {
      assertThat(c.claim()).isTrue();
      assertThat(c.source()).isEmpty();
      assertThat(c.type()).isEqualTo(Claim.Type.QUANTITY);
      assertThat(c.checkWorthy()).isTrue();
      assertThat(c.span().in(doc.article().text())).isEqualTo("The city has 2.3 million residents.");
    });
  }

  @Test
  void reportedNounPhrase_isNoFragmentClaim_butTheArticlesSentence_whileAReportedClauseIsTheSpeakers() {
    Annotated act = claims("The company announced 500 layoffs at its Oshawa plant.");
    assertThat(act.claims()).singleElement().satisfies(c -> {
      assertThat(c.source()).isEmpty();
      assertThat(c.span().in(act.article().text())).isEqualTo("The company announced 500 layoffs at its Oshawa plant.");
    });
    Annotated said = claims("The company said it would cut 500 jobs at its Oshawa plant.");
    assertThat(said.claims()).singleElement().satisfies(c -> {
      assertThat(c.source()).isPresent();
      assertThat(c.span().in(said.article().text())).isEqualTo("it would cut 500 jobs at its Oshawa plant");
    });
  }

  @Test
  void questionsAndGreetings_areNoClaims() {
    assertThat(claims("Why did the deficit grow so fast last year?").claims()).isEmpty();
    assertThat(claims("Thank you very much.").claims()).isEmpty();
  }

  @Test
  void quotedSentences_areClaimsOfTheirSpeaker_eachSentenceOnItsOwn_andAJudgementIsAnOpinion() {
    Annotated doc = claims("“Taxes rose by 12 percent last year. It is terrible,” Clinton said.");
    assertThat(doc.claims()).hasSize(2).allSatisfy(c -> assertThat(c.source()).isPresent());
    assertThat(doc.claims()).extracting(c -> c.span().in(doc.article().text()))
        .containsExactly("Taxes rose by 12 percent last year.", "It is terrible");
    assertThat(doc.claims().get(0).claim()).isTrue();
    assertThat(doc.claims().get(1).claim()).isFalse();
    assertThat(doc.claims().get(1).opinion()).isTrue();
  }

  @Test
  void contentItsAttributionInterrupts_isOneClaimWithItsSubject_butTwoCuesMakeTwoClaims() {
    Annotated doc = claims("The new plan, officials said, would cut emissions by 40 percent by 2030.");
    assertThat(doc.claims()).singleElement().satisfies(c -> {
      assertThat(c.source()).isPresent();
      assertThat(c.span().in(doc.article().text())).isEqualTo("The new plan, officials said, would cut emissions by 40 percent by 2030");
    });
    Annotated two = claims("Officials said the plan would cut emissions by 40 percent, and critics said it would cost 2,000 jobs.");
    assertThat(two.claims()).extracting(c -> c.span().in(two.article().text()))
        .contains("the plan would cut emissions by 40 percent", "it would cost 2,000 jobs");
  }

  @Test
  void aHedgeInTheSentenceOrInTheAttribution_marksTheClaimHedged() {
    assertThat(claims("The company may cut 500 jobs next year.").claims()).singleElement()
        .extracting(ClaimCandidate::hedged).isEqualTo(true);
    assertThat(claims("The plant will close next year, officials reportedly said.").claims()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.hedged()).isTrue());
    assertThat(claims("The plant will close next year, officials said.").claims()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.hedged()).isFalse());
  }

  @Test
  void aModalInAReportedContent_hedgesIt_butNotOneInARelativeClauseOfTheSentence() {
    assertThat(claims("Republicans have expressed concern that changing the policy could lead to voter fraud.").claims())
        .isNotEmpty().anySatisfy(c -> assertThat(c.hedged()).isTrue());
    assertThat(claims("Officials said the plant, which could employ 500 people, will open in May.").claims())
        .isNotEmpty().allSatisfy(c -> assertThat(c.hedged()).isFalse());
  }

  @Test
  void aLoneSentence_isJudgedByTheDebateModel_anArticleByTheNewsModel() {
    ClaimCandidate lone = claims("Unemployment fell to 4.1 percent in 2019.").claims().get(0);
    ClaimCandidate inArticle = claims("Jobs.\n\nThe report came out on Friday. It was long. Many read it.\n\n"
        + "Unemployment fell to 4.1 percent in 2019.").claims().stream()
        .filter(c -> c.span().start() > 60).findFirst().orElseThrow();
    assertThat(lone.checkWorthiness()).isNotEqualTo(inArticle.checkWorthiness());
    assertThat(lone.checkWorthy()).isTrue();
  }

  @Test
  void claimTypes_comeFromTheNewsModel_neverOpinionForAClaim() {
    String text = "The report came out on Friday.\n\nAbout 62 percent of voters approved of the governor in May, up from 48 percent "
        + "in April. The unemployment rate fell to 4.1 percent, the lowest level in 17 years. The law requires every employer to "
        + "verify the status of new workers. The senator visited Ohio on Monday.\n\nOfficials said the plant would close.\n\n"
        + "It was a sunny day.";
    assertThat(claims(text).claims()).filteredOn(ClaimCandidate::claim).isNotEmpty()
        .allSatisfy(c -> assertThat(c.type()).isNotEqualTo(Claim.Type.OPINION));
    // the figure or the fall: the model has typed this either way from one retraining to the next (its
    // cross-validated type accuracy, not one sentence, is the measure); a rule would have said QUANTITY
    assertThat(claims(text).claims()).filteredOn(c -> c.span().in(text).startsWith("The unemployment rate"))
        .singleElement().satisfies(c -> assertThat(c.claim()).isTrue())
        .extracting(ClaimCandidate::type).isIn(Claim.Type.QUANTITY, Claim.Type.EVENT);
  }

  /** The speaker's name of the claim holding {@code words}, or "ARTICLE". */
  private static String claimerOf(Annotated doc, String words) {
    ClaimCandidate c = doc.claims().stream().filter(x -> x.span().in(doc.article().text()).contains(words)).findFirst().orElseThrow();
    return c.source().stream().mapToObj(k -> doc.speakers().speaker(k).orElseThrow().name()).findFirst().orElse("ARTICLE");
  }

  @Test
  void whatEvidenceShowsInAReport_isTheReportersClaim_butAStudysFindingIsTheStudys() {
    Annotated doc = claims("The Vitamin Alliance says evidence shows high doses of vitamin C can halt the onset of severe symptoms.");
    assertThat(claimerOf(doc, "high doses of vitamin C")).isEqualTo("Vitamin Alliance");
    Annotated study = claims("A study by the Mayo Clinic found that high doses of vitamin C can halt the onset of severe symptoms.");
    assertThat(claimerOf(study, "high doses of vitamin C")).isEqualTo("Mayo Clinic");
  }
}
