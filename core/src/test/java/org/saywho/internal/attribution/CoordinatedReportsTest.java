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
import org.saywho.internal.pipeline.TestPipeline;

class CoordinatedReportsTest {

  /** "Libby said" and a report of the words after "said" up to {@code contentEnd}, as the tagger may stop. */
  private static String widened(String text, String contentEnd) {
    Article doc = TestPipeline.read(text);
    Tokens t = doc.tokens();
    int end = text.indexOf(contentEnd) + contentEnd.length();
    CueMention cue = new CueMention(new TokenRange(1, 1), "say", Cue.Kind.SPEECH);
    SpeakerMention speaker = new SpeakerMention(new TokenRange(0, 0), 0, Optional.empty());
    Draft d = Draft.cued(org.saywho.Span.of(t.start(2), end), Quote.Type.INDIRECT, Origin.CUE, cue, Optional.of(speaker), 0.5);
    return CoordinatedReports.widened(doc, List.of(d)).get(0).content().in(text);
  }

  @Test
  void reportBeforeButThat_runsThroughTheSecondClause() {
    assertThat(widened("Libby said the storm had weakened, but that warnings remained in effect.", "weakened"))
        .isEqualTo("the storm had weakened, but that warnings remained in effect");
    assertThat(widened("Libby said the roads were clear and that people should stay home.", "clear"))
        .isEqualTo("the roads were clear and that people should stay home");
  }

  @Test
  void thatAsTheSubjectOfTheNextClause_isNoSecondReport() {
    assertThat(widened("Libby said the storm had weakened, and that is why the schools closed.", "weakened"))
        .isEqualTo("the storm had weakened");
    assertThat(widened("Libby said the storm had weakened, but that \"nobody\" should relax.", "weakened"))
        .isEqualTo("the storm had weakened");
  }

  @Test
  void endToEnd_reportGoesThroughButThat() {
    assertThat(AttributorTest.attributions("Linda Libby said the storm had weakened, but that warnings remained in effect."))
        .containsExactly("INDIRECT Linda Libby | say | the storm had weakened, but that warnings remained in effect");
  }
}
