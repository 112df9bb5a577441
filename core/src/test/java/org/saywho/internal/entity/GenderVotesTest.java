package org.saywho.internal.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.Speaker.GenderEvidence;
import org.saywho.internal.lexicon.Gender;

class GenderVotesTest {

  @Test
  void noEvidence_isUnknown() {
    assertThat(new GenderVotes().decide()).isEqualTo(GenderVotes.Decision.UNKNOWN);
  }

  @Test
  void honorific_beatsPronounsAndFirstName() {
    GenderVotes v = new GenderVotes();
    v.add(GenderEvidence.FIRST_NAME, Gender.MALE);
    v.add(GenderEvidence.PRONOUN, Gender.MALE);
    v.add(GenderEvidence.HONORIFIC, Gender.FEMALE);
    assertThat(v.decide()).isEqualTo(new GenderVotes.Decision(Gender.FEMALE, GenderEvidence.HONORIFIC));
  }

  @Test
  void conflictingHonorifics_areUnknown() {
    GenderVotes v = new GenderVotes();
    v.add(GenderEvidence.HONORIFIC, Gender.FEMALE);
    v.add(GenderEvidence.GENDERED_NOUN, Gender.MALE);
    assertThat(v.decide().gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void pronouns_decideWhenTheyAgreeWithTheFirstName() {
    GenderVotes v = new GenderVotes();
    v.add(GenderEvidence.PRONOUN, Gender.FEMALE);
    v.add(GenderEvidence.FIRST_NAME, Gender.FEMALE);
    assertThat(v.decide()).isEqualTo(new GenderVotes.Decision(Gender.FEMALE, GenderEvidence.PRONOUN));
  }

  @Test
  void pronounsAgainstTheFirstName_areUnknown() {
    GenderVotes v = new GenderVotes();
    v.add(GenderEvidence.PRONOUN, Gender.FEMALE);
    v.add(GenderEvidence.FIRST_NAME, Gender.MALE);
    assertThat(v.decide().gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void splitPronouns_areUnknown_butOneStrayInFourIsTolerated() {
    GenderVotes split = new GenderVotes();
    split.add(GenderEvidence.PRONOUN, Gender.FEMALE);
    split.add(GenderEvidence.PRONOUN, Gender.MALE);
    assertThat(split.decide().gender()).isEqualTo(Gender.UNKNOWN);
    GenderVotes mostly = new GenderVotes();
    for (int i = 0; i < 4; i++) {
      mostly.add(GenderEvidence.PRONOUN, Gender.MALE);
    }
    mostly.add(GenderEvidence.PRONOUN, Gender.FEMALE);
    assertThat(mostly.decide().gender()).isEqualTo(Gender.MALE);
  }

  @Test
  void firstNameAlone_decides() {
    GenderVotes v = new GenderVotes();
    v.add(GenderEvidence.FIRST_NAME, Gender.MALE);
    assertThat(v.decide()).isEqualTo(new GenderVotes.Decision(Gender.MALE, GenderEvidence.FIRST_NAME));
  }

  @Test
  void weakPronouns_needTwoAgreeingParagraphs() {
    GenderVotes one = new GenderVotes();
    one.addWeakPronoun(Gender.MALE, 3);
    assertThat(one.decide().gender()).isEqualTo(Gender.UNKNOWN);
    GenderVotes two = new GenderVotes();
    two.addWeakPronoun(Gender.MALE, 3);
    two.addWeakPronoun(Gender.MALE, 5);
    assertThat(two.decide()).isEqualTo(new GenderVotes.Decision(Gender.MALE, GenderEvidence.PRONOUN));
  }

  @Test
  void weakPronounsOfOneParagraph_countOnce() {
    GenderVotes v = new GenderVotes();
    v.addWeakPronoun(Gender.FEMALE, 7);
    v.addWeakPronoun(Gender.FEMALE, 7);
    v.addWeakPronoun(Gender.FEMALE, 7);
    assertThat(v.decide().gender()).isEqualTo(Gender.UNKNOWN);
  }

  @Test
  void ownPossessive_decidesWhenNothingElseDoes_butNotAgainstAFirstNameOrAWeakPronoun() {
    GenderVotes alone = new GenderVotes();
    alone.addOwnPossessive(Gender.FEMALE);
    assertThat(alone.decide()).isEqualTo(new GenderVotes.Decision(Gender.FEMALE, GenderEvidence.PRONOUN));
    GenderVotes named = new GenderVotes();
    named.add(GenderEvidence.FIRST_NAME, Gender.MALE);
    named.addOwnPossessive(Gender.FEMALE);
    assertThat(named.decide()).isEqualTo(new GenderVotes.Decision(Gender.MALE, GenderEvidence.FIRST_NAME));
    GenderVotes contradicted = new GenderVotes();
    contradicted.addOwnPossessive(Gender.FEMALE);
    contradicted.addWeakPronoun(Gender.MALE, 2);
    assertThat(contradicted.decide().gender()).isEqualTo(Gender.UNKNOWN);
  }
}
