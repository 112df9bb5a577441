package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.doc.Entity;
import org.saywho.internal.pipeline.TestPipeline;

class ContinuationsTest {

  @Test
  void quoteAfterAParagraphEndingWithAQuestionPutToSomeone_isTheirAnswer() {
    assertThat(AttributorTest.attributions("Dean Kimpton said the discount would start on March 1.\n\n"
        + "Kimpton was asked if more buses would be needed.\n\n"
        + "\"We will watch the numbers closely. If demand jumps, we will add services.\""))
        .contains("DIRECT Kimpton | - | We will watch the numbers closely. If demand jumps, we will add services.");
  }

  @Test
  void quoteAfterAnInterviewersUnlabelledQuestion_isTheAnswerBeforeIt_butNotAfterAReportedSpeaker() {
    Annotated answered = TestPipeline.annotate("We asked Lena Fischer what the rules mean.\n\n"
        + "\"Anyone who sells here must comply,\" Fischer says.\n\nWhat is banned outright?\n\n\"Social scoring by governments.\"");
    assertThat(answered.attributions()).hasSize(3);
    assertThat(answered.speakers().speaker(2).map(Entity::name)).contains("Lena Fischer");
    Annotated reported = TestPipeline.annotate("We asked Lena Fischer what the rules mean.\n\n"
        + "Fischer says anyone who sells here must comply.\n\nWhat is banned outright?\n\n\"Social scoring by governments.\"");
    assertThat(IntStream.range(0, reported.attributions().size())
        .filter(i -> reported.speakers().speaker(i).map(Entity::name).orElse("").equals("Lena Fischer"))).hasSize(1);
  }

  @Test
  void quoteAfterAParagraphOpeningWithAskedAndItsSubject_isTheSubjectsAnswer() {
    assertThat(AttributorTest.attributions("Barnes said the comeback started on defence.\n\n"
        + "Asked about his 15 fourth-quarter points, Barnes shrugged.\n\n"
        + "\"I was just taking what they gave me.\""))
        .contains("DIRECT Barnes | - | I was just taking what they gave me.");
  }

  @Test
  void quoteAfterASentenceOpeningWithAskedInItsOwnParagraph_isTheSubjectsAnswer_butNotAThings() {
    assertThat(AttributorTest.attributions("Judge Maria Lopez retires this week.\n\n"
        + "Asked what she would do next, Lopez laughed. \"Sleep, mostly. Then maybe some gardening.\""))
        .contains("DIRECT Lopez | - | Sleep, mostly. Then maybe some gardening.");
    assertThat(AttributorTest.attributions("Judge Maria Lopez retires this week.\n\n"
        + "Asked what she would do next, the crowd laughed. \"Sleep, mostly. Then maybe some gardening.\""))
        .noneMatch(a -> a.startsWith("DIRECT the crowd"));
  }

  @Test
  void verblessQuoteOfSentencesOfItsOwn_isSpeech_butAVerblessTitleIsNot() {
    assertThat(AttributorTest.attributions("The mayor waved. \"Good night, everyone. Until tomorrow.\""))
        .anyMatch(a -> a.endsWith("Good night, everyone. Until tomorrow."));
    assertThat(AttributorTest.attributions("The mayor waved. \"The Great Gatsby Revisited\""))
        .noneMatch(a -> a.contains("Gatsby"));
  }

  @Test
  void quoteAfterAParagraphOpeningWithAskedAndAThing_takesNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("Barnes said the comeback started on defence.\n\n"
        + "Asked about the fourth quarter, the crowd roared.\n\n"
        + "\"I was just taking what they gave me.\""))
        .noneMatch(a -> a.startsWith("DIRECT the crowd"));
  }

  @Test
  void quoteAfterAQuestionWithNoOneItWasPutTo_hasNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("The council met on Monday.\n\n"
        + "The question was asked at the meeting.\n\n"
        + "\"We will watch the numbers closely. If demand jumps, we will add services.\""))
        .noneMatch(a -> a.startsWith("DIRECT The question"));
  }

  @Test
  void quoteAfterASentenceTellingWhatSomeoneDid_isTheirs() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Her neighbour, Tom Hughes, disagreed. \"Where are we supposed to park? Nobody asked us.\""))
        .contains("DIRECT Tom Hughes | - | Where are we supposed to park? Nobody asked us.");
  }

  @Test
  void quoteAfterASentenceTellingWhatSomeoneDid_isTheirs_pastAsidesAfterTheName_butNotWithoutAVerbAfterThem() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Sarah Hughes, 42, a teaching assistant, moved into her house in January.\n\n\"Nobody told us it had flooded.\""))
        .contains("DIRECT Sarah Hughes | - | Nobody told us it had flooded.");
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Hughes, meanwhile, has started a fundraising page.\n\n\"We'll get through it.\""))
        .contains("DIRECT Hughes | - | We'll get through it.");
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Sarah Hughes, 42, a teaching assistant, in her kitchen in January.\n\n\"Nobody told us it had flooded.\""))
        .contains("DIRECT - | - | Nobody told us it had flooded.");
  }

  @Test
  void quoteAfterADescriptionNamingSomeone_isTheirs_pastAnAsideAfterTheName_butNotWithoutAVerbAfterIt() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Her neighbour, Raj Patel, a retired engineer, is less worried.\n\n\"Progress has a price.\""))
        .contains("DIRECT Raj Patel | - | Progress has a price.");
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Her neighbour, Raj Patel, a retired engineer, in his garden on Sunday.\n\n\"Progress has a price.\""))
        .contains("DIRECT - | - | Progress has a price.");
  }

  @Test
  void quoteAfterASentenceTellingWhatSomeoneDid_isTheirs_pastAnOpeningConjunctionOrARelativeClause() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "But her neighbour, retired engineer Graham Hill, was unconvinced.\n\n\"Nobody asked us.\""))
        .contains("DIRECT retired engineer Graham Hill | - | Nobody asked us.");
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "Farmer Ruth Okafor, who would lease land to the developer, spoke first.\n\n\"The money would keep my farm going.\""))
        .contains("DIRECT Farmer Ruth Okafor | - | The money would keep my farm going.");
  }

  @Test
  void quoteAfterASentenceAboutSomeoneSpokenTo_orOpeningWithForAPerson_isTheirs() {
    assertThat(AttributorTest.attributions("Nurses stretched thin\n\n"
        + "The Star spoke to Maria Lopez, a nurse at St. Michael's Hospital, on Friday.\n\n\"We are exhausted.\""))
        .contains("DIRECT Maria Lopez | - | We are exhausted.");
    assertThat(AttributorTest.attributions("Nurses stretched thin\n\n"
        + "For Ahmed Khan, who drives a taxi, the strike meant lost income.\n\n\"I lost $400 this week.\""))
        .contains("DIRECT Ahmed Khan | - | I lost $400 this week.");
  }

  @Test
  void quoteAfterASentenceOpeningWithForAOneWordName_isTheirs_whenTheyHaveSpoken() {
    String before = "Morag MacLeod said the ferry was late.\n\nThe ferry left at noon.\n\n";
    assertThat(AttributorTest.attributions(before + "For MacLeod, the apology rings hollow.\n\n"
        + "\"They've been saying that for ten years.\""))
        .contains("DIRECT MacLeod | - | They've been saying that for ten years.");
    assertThat(AttributorTest.attributions(before + "For Lochboisdale, the apology rings hollow.\n\n"
        + "\"They've been saying that for ten years.\""))
        .contains("DIRECT - | - | They've been saying that for ten years.");
  }

  @Test
  void quoteAfterASentenceNamingNoOne_isThePersonTheSentenceBeforeTellsOf_whenAPronounReferToThem() {
    String before = "Residents met on Tuesday.\n\nMorag MacLeod, 58, runs the island's only shop. Since the timetable"
        + " was cut, ";
    assertThat(AttributorTest.attributions(before + "her deliveries have become unreliable.\n\n"
        + "\"Last week the bread didn't come at all.\""))
        .contains("DIRECT Morag MacLeod | - | Last week the bread didn't come at all.");
    assertThat(AttributorTest.attributions(before + "deliveries have become unreliable.\n\n"
        + "\"Last week the bread didn't come at all.\""))
        .contains("DIRECT - | - | Last week the bread didn't come at all.");
  }

  @Test
  void quoteAfterASentenceOpeningWithForAPlace_takesNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("Nurses stretched thin\n\n"
        + "For Canada, the strike meant lost income.\n\n\"I lost $400 this week.\""))
        .noneMatch(a -> a.startsWith("DIRECT Canada"));
  }

  @Test
  void quoteAfterARelativeClauseAboutAThing_takesNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "But the wind farm, which would rise 200 metres, was approved.\n\n\"Nobody asked us.\""))
        .noneMatch(a -> a.startsWith("DIRECT the wind farm") || a.startsWith("DIRECT The wind farm"));
  }

  @Test
  void quoteAfterASentenceAboutAThing_takesNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("Residents met on Tuesday.\n\n"
        + "The meeting ran late. \"Where are we supposed to park? Nobody asked us.\""))
        .noneMatch(a -> a.startsWith("DIRECT The meeting"));
  }

  @Test
  void quoteOpeningAParagraph_afterAParagraphClosingWithWhatSomeoneDid_isTheirs_andTheNextQuoteParagraphToo() {
    Annotated doc = TestPipeline.annotate("Ranchers met on Tuesday.\n\n"
        + "Boychuk sold a third of his herd last fall because he couldn't afford hay.\n\n"
        + "\"Hay was $250 a tonne. I've never seen that.\"\n\n\"You either sell or you go broke.\"");
    assertThat(doc.attributions()).hasSize(2);
    assertThat(doc.speakers().speaker(0).map(Entity::name)).contains("Boychuk");
    assertThat(doc.speakers().speaker(1).map(Entity::name)).contains("Boychuk");
  }

  @Test
  void quoteOpeningAParagraph_afterWhatSomeoneWillDo_isTheirs_butNotAfterAModalWithoutAVerb() {
    Annotated doc = TestPipeline.annotate("Council met on Tuesday.\n\n"
        + "Mayor Karen Holt stayed neutral. She will cast the deciding vote next week.\n\n"
        + "\"I want to hear from residents first.\"");
    assertThat(doc.speakers().speaker(0).map(Entity::name)).contains("Karen Holt");
    Annotated other = TestPipeline.annotate("Council met on Tuesday.\n\n"
        + "Mayor Karen Holt stayed neutral. She will.\n\n"
        + "\"I want to hear from residents first.\"");
    assertThat(other.speakers().speaker(0).map(Entity::name)).isEmpty();
  }

  @Test
  void quoteOpeningAParagraph_afterAParagraphClosingWithAThing_takesNoSpeakerFromIt() {
    assertThat(AttributorTest.attributions("Ranchers met on Tuesday.\n\n"
        + "The price of hay rose sharply last fall.\n\n\"You either sell or you go broke.\""))
        .noneMatch(a -> a.startsWith("DIRECT The price"));
  }

  @Test
  void quoteLeftOpenWithNoSpeakerBefore_takesTheSpeakerWhereItCloses_butAClosedOneDoesNot() {
    Annotated open = TestPipeline.annotate("The minister set out her plans.\n\n\"For too long, passengers have been let"
        + " down.\n\n\"And we will put passengers first,\" Louise Haigh said.");
    assertThat(open.attributions()).hasSize(2);
    assertThat(open.speakers().speaker(0).map(Entity::name)).contains("Louise Haigh");
    Annotated closed = TestPipeline.annotate("The minister set out her plans.\n\n\"For too long, passengers have been let"
        + " down.\"\n\n\"And we will put passengers first,\" Louise Haigh said.");
    assertThat(closed.speakers().speaker(0).map(Entity::name).orElse("")).isNotEqualTo("Louise Haigh");
  }
}
