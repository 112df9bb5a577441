package org.saywho.internal.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.Claim;
import org.saywho.internal.doc.ClaimCandidate;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Annotated;

class ClaimFinderTest {

  private static Annotated claims(String text) {
    return TestPipeline.annotate(text);
  }

  @Test
  void oneSentence_isAClaimByTheArticle() {
    Annotated doc = claims("Unemployment fell to 4.1 percent in 2019.");
    assertThat(doc.claims()).singleElement().satisfies(c -> {
      assertThat(c.source()).isEmpty();
      assertThat(c.type()).isEqualTo(Claim.Type.QUANTITY);
      assertThat(c.checkWorthy()).isTrue();
      assertThat(c.span().in(doc.article().text())).isEqualTo("Unemployment fell to 4.1 percent in 2019.");
    });
  }

  @Test
  void questionsAndGreetings_areNoClaims() {
    assertThat(claims("Why did the deficit grow so fast last year?").claims()).isEmpty();
    assertThat(claims("Thank you very much.").claims()).isEmpty();
  }

  @Test
  void quotedSentences_areClaimsOfTheirSpeaker_eachSentenceOnItsOwn() {
    Annotated doc = claims("“Taxes rose by 12 percent last year. It is terrible,” Clinton said.");
    assertThat(doc.claims()).hasSize(2).allSatisfy(c -> assertThat(c.source()).isPresent());
    assertThat(doc.claims()).extracting(c -> c.span().in(doc.article().text()))
        .containsExactly("Taxes rose by 12 percent last year.", "It is terrible");
    assertThat(doc.claims().get(1).type()).isEqualTo(Claim.Type.OPINION);
  }

  @Test
  void hedgesAndTypes() {
    ClaimCandidate c = claims("The company may cut 500 jobs next year.").claims().get(0);
    assertThat(c.hedged()).isTrue();
    assertThat(c.type()).isEqualTo(Claim.Type.QUANTITY);
    assertThat(claims("We should raise the minimum wage for every worker.").claims().get(0).type()).isEqualTo(Claim.Type.POSITION);
    assertThat(claims("The senator will win the next election easily.").claims().get(0).type()).isEqualTo(Claim.Type.PREDICTION);
    assertThat(claims("The senator visited Ohio on Monday.").claims().get(0).type()).isEqualTo(Claim.Type.EVENT);
  }
}
