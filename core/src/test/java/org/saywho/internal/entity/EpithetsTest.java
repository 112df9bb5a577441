package org.saywho.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Annotated;
import org.saywho.internal.pipeline.TestPipeline;

class EpithetsTest {

  /** The name of the last attribution's speaker. */
  private static String lastSpeakerName(String text) {
    Annotated doc = TestPipeline.annotate(text);
    return doc.speakers().speaker(doc.attributions().size() - 1).orElseThrow().name();
  }

  @Test
  void epithetRightAfterANamedSpeaker_isThatSpeaker() {
    assertThat(lastSpeakerName("Mohammed Shami said he had worked hard on his fitness. "
        + "\"I always believed I would get another chance,\" the fast bowler said.")).isEqualTo("Mohammed Shami");
  }

  @Test
  void playersRank_isThePlayerJustQuoted_butStaysUnnamedAfterSomeoneNotQuoted() {
    assertThat(lastSpeakerName("Daria Kasatkina said it was hard for both of them. "
        + "\"I am happy with my serve,\" the world number 12 said.")).isEqualTo("Daria Kasatkina");
    assertThat(lastSpeakerName("Kasatkina was beaten on Wednesday. "
        + "\"I am happy with my serve,\" the world number 12 said.")).isEqualTo("world number 12");
  }

  @Test
  void bodysNounTheTaggerReadsAsSingular_isNoEpithetForTheSpeakerBefore() {
    assertThat(lastSpeakerName("\"This is a victory for press freedom,\" Umair Ronga told reporters in Srinagar.\n\n"
        + "The police had accused Mehraj of writing articles that glorified militancy.")).isEqualTo("police");
  }

  @Test
  void epithetAfterSomeoneNotQuoted_staysUnnamed() {
    assertThat(lastSpeakerName("Smith was crossing the road when the car hit him. "
        + "\"I didn't see him,\" the driver said.")).isEqualTo("driver");
  }

  @Test
  void ageBeforeAnyQuote_isTheOnePersonNamedJustBefore_butNotWhenTwoAreNamed() {
    assertThat(lastSpeakerName("Fatima Adam walked for four days with her five children to reach the camp.\n\n"
        + "\"We ate leaves on the road,\" the 34-year-old told Al Jazeera.")).isEqualTo("Fatima Adam");
    assertThat(lastSpeakerName("Peter Serafinowicz posted the clip on Thursday.\n\nNeilson Barnard via Getty Images.\n\n"
        + "\"What if he had lessons?\" the 43-year-old asked in the video's description.")).isNotIn(
        "Peter Serafinowicz", "Neilson Barnard");
  }

  @Test
  void ageBeforeANounForOnePerson_isThePersonNamedJustBefore_butTheNounAloneIsNot() {
    String text = "When Amira Haddad returned to work, she spent eight months on waiting lists for a daycare spot.\n\n"
        + "\"I called every centre in the city,\" the 34-year-old nurse said.";
    assertThat(lastSpeakerName(text)).isEqualTo("Amira Haddad");
    assertThat(lastSpeakerName(text.replace("the 34-year-old nurse", "the nurse"))).isEqualTo("nurse");
  }

  @Test
  void ageAfterAParagraphNamingARelativeOnTheSide_isThePersonItIsAbout_butNotWhenTwoAreItsSubjects() {
    assertThat(lastSpeakerName("Olena Kovalenko has not heard from her son, Andriy, since February.\n\n"
        + "\"Every day I check the lists,\" the 52-year-old said.")).isEqualTo("Olena Kovalenko");
    assertThat(lastSpeakerName("Olena Kovalenko and Andriy Melnyk have not heard from their sons since February.\n\n"
        + "\"Every day I check the lists,\" the 52-year-old said.")).isEqualTo("52-year-old");
  }

  @Test
  void epithetTheArticleIntroducedForSomeoneElse_staysThatSomeone() {
    assertThat(lastSpeakerName("A surgeon examined the patient. Mohammed Shami said he had worked hard. "
        + "\"It was serious,\" the surgeon said.")).isEqualTo("surgeon");
  }

  @Test
  void epithetOfTheOtherGender_isNotTheSpeaker() {
    assertThat(lastSpeakerName("Ana Ruiz said the team was tired. \"He was brilliant,\" the actor said."))
        .isEqualTo("actor");
  }

  @Test
  void nationalityOrAgeRightAfterANamedSpeaker_isThatSpeaker() {
    assertThat(lastSpeakerName("Unai Emery admitted his side had been second best. \"We didn't compete,\" the Spaniard said."))
        .isEqualTo("Unai Emery");
    assertThat(lastSpeakerName("Rafael Nadal said he felt great. \"I will win,\" the 37-year-old said.")).isEqualTo("Rafael Nadal");
    assertThat(lastSpeakerName("Rafael Nadal said he felt great.\n\"I will win,\" said the 37-year-old.")).isEqualTo("Rafael Nadal");
  }

  @Test
  void adjectiveNamingAPeople_isNoEpithet() {
    assertThat(lastSpeakerName("Unai Emery admitted his side had been second best. \"We lost,\" the British said."))
        .isNotEqualTo("Unai Emery");
  }

  @Test
  void titleForAWalkOfLifeRightAfterANamedSpeaker_isThatSpeaker_butAnUnnamedSourcesNounIsNot() {
    assertThat(lastSpeakerName("Tesla chief executive Elon Musk on Monday attacked the new rules.\n\n"
        + "In a post on X, the billionaire wrote that the company would \"fight this in court.\""))
        .isEqualTo("Elon Musk");
    assertThat(lastSpeakerName("\"This is little Fort Pierce!\" said Donna Lages, a waitress.\n\n"
        + "\"One guy came in and said we should start killing them,\" said the woman, who did not want to be named."))
        .isNotEqualTo("Donna Lages");
  }

  @Test
  void nationalityAfterSomeoneElsesQuote_isTheOnePersonItsParagraphNames() {
    assertThat(lastSpeakerName("\"They defended brilliantly,\" Mikel Arteta said.\n\n"
        + "Brentford manager Thomas Frank was delighted. \"That's massive for us,\" the Dane told Sky Sports."))
        .isEqualTo("Thomas Frank");
    assertThat(lastSpeakerName("Spain's Carlos Alcaraz withdrew with a wrist injury. The Spaniard said he hoped to be fit."))
        .isEqualTo("Carlos Alcaraz");
  }

  @Test
  void nationalityCountsNoNameInsideAQuote_butStaysUnnamedWhenItsParagraphNamesTwo() {
    assertThat(lastSpeakerName("Holger Rune won in Paris.\n\nRune was thrilled. \"It's a dream to beat Novak here,\" the Dane said."))
        .isEqualTo("Holger Rune");
    assertThat(lastSpeakerName("Jannik Sinner eased past Alex de Minaur on Friday. The Italian said he was feeling fresh."))
        .isEqualTo("Italian");
  }

  @Test
  void nationalityOpeningItsParagraph_isTheOnePersonTheParagraphBeforeNames_butNotWhenThatNamesTwo() {
    assertThat(lastSpeakerName("Jannik Sinner beat Alexander Zverev on Sunday.\n\nZverev, who lost his third final, was "
        + "gracious.\n\n\"You're simply too good,\" the German told Sinner.")).isEqualTo("Alexander Zverev");
    assertThat(lastSpeakerName("Jannik Sinner beat Alexander Zverev on Sunday.\n\n\"You're simply too good,\" the German "
        + "told reporters.")).isNotEqualTo("Alexander Zverev").isNotEqualTo("Jannik Sinner");
  }
}
