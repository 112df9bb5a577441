package org.saywho.internal.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.doc.Attribution;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Article;
import org.saywho.internal.doc.Annotated;

class AttributorTest {

  /** Each attribution as "TYPE speaker | cue lemma | content". */
  static List<String> attributions(String text) {
    Annotated doc = TestPipeline.annotate(text);
    return doc.attributions().stream().map(a -> describe(doc.article(), a)).toList();
  }

  private static String describe(Article doc, Attribution a) {
    String speaker = a.speaker().map(sp -> doc.tokens().span(sp.first(), sp.last()).in(doc.text())).orElse("-");
    return a.type() + " " + speaker + " | " + a.cue().map(Attribution.CueMention::lemma).orElse("-") + " | "
        + a.content().in(doc.text());
  }

  @Test
  void reportBeforeAPartitiveSpeaker_isTheirs_evenWithAParticipleAboutThemAfterTheCue() {
    assertThat(attributions("The deal will close next week, one of the sources said, declining to be named because the talks are private."))
        .contains("INDIRECT one of the sources | say | The deal will close next week");
    assertThat(attributions("Saudi Arabia wants to punish members that have overproduced, two of the sources said."))
        .contains("INDIRECT two of the sources | say | Saudi Arabia wants to punish members that have overproduced");
  }

  @Test
  void cueAfterAPluralSpeechEventInTheSubject_isTheCue_notAParticipleDescribingAStatement() {
    assertThat(attributions("The plant will close in May, officials involved in the talks said."))
        .contains("INDIRECT officials | say | The plant will close in May");
    assertThat(attributions("The daughter of one victim said in a statement read to the court that she was afraid."))
        .noneMatch(a -> a.contains("| read |"));
  }

  @Test
  void participleCueAfterAPostposedCue_keepsItsOwnReport() {
    assertThat(attributions("The deal will close next week, one of the sources said, adding that talks would resume."))
        .contains("INDIRECT one of the sources | say | The deal will close next week")
        .anyMatch(a -> a.endsWith("| add | talks would resume"));
  }

  @Test
  void reportHoldingAReport_isTheOuterSpeakersWhole_andTheInnerKeepsItsOwn() {
    assertThat(attributions("The company plans to cut 500 jobs, a spokesman said."))
        .contains("INDIRECT a spokesman | say | The company plans to cut 500 jobs", "INDIRECT The company | plan | to cut 500 jobs");
  }

  @Test
  void findingVerbTheTaggerReadAsAPluralNoun_reportsWhenItsSubjectIsAStudy_notWhenItIsAThing() {
    assertThat(attributions("The ice sheet is melting faster, a new study shows."))
        .containsExactly("INDIRECT a new study | show | The ice sheet is melting faster");
    assertThat(attributions("She loved the films, the books and the old TV shows.")).isEmpty();
    assertThat(attributions("She loved the films and the books, the old TV shows.")).isEmpty();
  }

  @Test
  void findingFollowedByAParticipleClause_reportsTheClauseBeforeIt_butNotAfterAnObject() {
    assertThat(attributions("Chinese factory activity shrank for a second month in May, a private survey showed on Monday, "
        + "adding to concerns about the economy."))
        .contains("INDIRECT a private survey | show | Chinese factory activity shrank for a second month in May");
    assertThat(attributions("Chinese factory activity shrank in May, a private survey showed the rise, adding to concerns."))
        .noneMatch(a -> a.startsWith("INDIRECT a private survey | show | Chinese factory"));
  }

  @Test
  void reportHoldingAReport_byPeopleAnAdjectiveDescribes_isTheirs() {
    assertThat(attributions("Crestline Motors is considering closing one of its Ontario plants, three people familiar "
        + "with the matter said."))
        .contains("INDIRECT three people familiar with the matter | say | Crestline Motors is considering closing one of its Ontario plants");
  }

  @Test
  void clauseSettingTheSceneBeforeASpeakersComma_isNoOuterReport() {
    assertThat(attributions("Not long after the company announced it would cut 500 jobs, a reporter asked."))
        .noneMatch(a -> a.contains("| ask |"));
  }

  @Test
  void colonEndingAParagraph_takesTheNextParagraphsQuote_butNotAnUnpairedQuoteMark() {
    assertThat(attributions("He added:\n“We will win this fight.”"))
        .containsExactly("DIRECT He | add | We will win this fight.");
    assertThat(attributions("He added:\n “It a\n.\n\nHe said.\"\"\"\"\"”"))
        .noneMatch(a -> a.startsWith("DIRECT He | add"));
  }

  @Test
  void speakerCueThatClause_isIndirect() {
    assertThat(attributions("Peskov added that the meeting would be used to explain Moscow's view."))
        .containsExactly("INDIRECT Peskov | add | the meeting would be used to explain Moscow's view");
  }

  @Test
  void quoteThenSpeakerAndCue_isDirect() {
    assertThat(attributions("“We are winning,” the campaign manager said on Monday."))
        .containsExactly("DIRECT the campaign manager | say | We are winning,");
  }

  @Test
  void invertedSpeakerWithApposition_isTheName() {
    assertThat(attributions("“We are winning,” said Josh Earnest, the White House press secretary."))
        .containsExactly("DIRECT Josh Earnest | say | We are winning,");
  }

  @Test
  void appositionBetweenSubjectAndCue_isSkipped() {
    assertThat(attributions("Peskov, the Kremlin spokesman, said the talks would continue."))
        .containsExactly("INDIRECT Peskov | say | the talks would continue");
  }

  @Test
  void colonAfterCue_introducesADirectQuote() {
    assertThat(attributions("Kremlin spokesperson Dmitry Peskov responded: “Russia is a bear. It is not a tiger.”"))
        .containsExactly("DIRECT Kremlin spokesperson Dmitry Peskov | respond | Russia is a bear. It is not a tiger.");
  }

  @Test
  void participleCue_takesTheSubjectOfItsClause() {
    assertThat(attributions("A spokesperson for Rubio issued a statement, saying only that talks would resume."))
        .contains("INDIRECT A spokesperson for Rubio | say | talks would resume");
  }

  @Test
  void reportedClauseWithVerbatimWords_isMixed() {
    assertThat(attributions("He added that Russia is a “paper tiger,” drawing criticism from Moscow."))
        .containsExactly("MIXED He | add | Russia is a “paper tiger,”");
  }

  @Test
  void accordingTo_beforeOrAfterTheContent() {
    assertThat(attributions("According to the police, the suspect fled on foot."))
        .containsExactly("INDIRECT the police | according to | the suspect fled on foot");
    assertThat(attributions("The suspect fled on foot, according to the police."))
        .containsExactly("INDIRECT the police | according to | The suspect fled on foot");
  }

  @Test
  void listenerAfterTell_isNotTheContent() {
    assertThat(attributions("Clinton told reporters she would win the state."))
        .containsExactly("INDIRECT Clinton | tell | she would win the state");
  }

  @Test
  void nameBeforeColonAndQuote_isTheSpeaker() {
    assertThat(attributions("Sanders: “Endorsements prove nothing at all.”"))
        .containsExactly("DIRECT Sanders | : | Endorsements prove nothing at all.");
  }

  @Test
  void quoteOnlySentenceAfterAQuote_continuesIt() {
    assertThat(attributions("“We will win,” Clinton said. “We will win big.”"))
        .containsExactly("DIRECT Clinton | say | We will win,", "DIRECT - | - | We will win big.");
  }

  @Test
  void scareQuotesAndTitles_areNotAttributions() {
    assertThat(attributions("The so-called “reform” failed. He starred in “The Apprentice” for years.")).isEmpty();
  }

  @Test
  void negatedOrPassiveCues_reportNothing() {
    assertThat(attributions("Lavrov left without commenting on the remarks. He was asked about the war.")).isEmpty();
  }

  @Test
  void speakerBeforeAPrepositionalPhrase_isTheNounItModifies() {
    assertThat(attributions("A Quinnipiac University poll released in late August found that most voters want the returns."))
        .containsExactly("INDIRECT A Quinnipiac University poll | find | most voters want the returns");
  }

  @Test
  void speakerWithAnOfPhrase_keepsTheWholePhrase() {
    assertThat(attributions("The chair of the committee said the vote would be held on Friday."))
        .containsExactly("INDIRECT The chair of the committee | say | the vote would be held on Friday");
  }

  @Test
  void speakerWithAKnowledgePhraseOrACloseToPhrase_keepsTheWholePhrase_beforeAPostposedCue() {
    assertThat(attributions("The Commission will fine Meridian, a person with direct knowledge of the plans said."))
        .containsExactly("INDIRECT a person with direct knowledge of the plans | say | The Commission will fine Meridian");
    assertThat(attributions("The Commission will fine Meridian, officials close to the talks said."))
        .containsExactly("INDIRECT officials close to the talks | say | The Commission will fine Meridian");
  }

  @Test
  void approximatorBeforeANumber_opensTheContent_notTheCue_butAPrepositionBeforeAWordStaysOut() {
    assertThat(attributions("Andrea Hannen, executive director of the Association of Day Care Operators of Ontario, said"
        + " about 60 per cent of her members are losing money."))
        .containsExactly("INDIRECT Andrea Hannen | say | about 60 per cent of her members are losing money");
    assertThat(attributions("Hannen said that half of the centres could close."))
        .containsExactly("INDIRECT Hannen | say | half of the centres could close");
  }
}
