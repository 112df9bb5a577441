package org.saywho.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

  @Test
  void load_holdsHundredsOfCues() {
    CueLexicon lexicon = CueLexicon.load();
    assertThat(lexicon.size()).isGreaterThan(200);
    assertThat(lexicon.single("say")).hasValueSatisfying(e -> assertThat(e.takes(CueEntry.Frame.INVERTED)).isTrue());
    assertThat(lexicon.multi("float")).extracting(CueEntry::lemma).contains("float the idea");
    assertThat(lexicon.multi("according")).extracting(CueEntry::words).contains(List.of("to"));
  }

  @Test
  void parse_lemmaListedTwice_getsTheUnionOfItsFrames() {
    CueLexicon lexicon = CueLexicon.parse(List.of("warn\tS\t0.5", "warn\tD\t0.9"));
    assertThat(lexicon.single("warn")).hasValueSatisfying(e -> {
      assertThat(e.frames()).containsExactlyInAnyOrder(CueEntry.Frame.CLAUSE, CueEntry.Frame.DATIVE);
      assertThat(e.weight()).isEqualTo(0.9);
    });
  }

  @Test
  void parse_badLine_failsLoudly() {
    assertThatThrownBy(() -> CueLexicon.parse(List.of("say\tS"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> CueLexicon.parse(List.of("say\tZ\t1"))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void kind_beliefAndThoughtCues_areThought_restSpeech() {
    CueLexicon lexicon = CueLexicon.load();
    assertThat(lexicon.kind("believe")).isEqualTo(org.saywho.Cue.Kind.THOUGHT);
    assertThat(lexicon.kind("want")).isEqualTo(org.saywho.Cue.Kind.THOUGHT);
    assertThat(lexicon.kind("say")).isEqualTo(org.saywho.Cue.Kind.SPEECH);
    assertThat(lexicon.kind("according to")).isEqualTo(org.saywho.Cue.Kind.SPEECH);
  }

  @Test
  void load_knowsVerbsThatPutAPropositionForward_andTheNounsThatNameIt() {
    CueLexicon lexicon = CueLexicon.load();
    assertThat(lexicon.putsForward("promote")).isTrue();
    assertThat(lexicon.putsForward("eat")).isFalse();
    assertThat(lexicon.isProposition("theory")).isTrue();
    assertThat(lexicon.isProposition("sandwich")).isFalse();
    assertThat(lexicon.single("promote")).as("not a cue on its own").isEmpty();
  }

  @Test
  void withPropositions_lineThatIsNeitherVerbNorNoun_failsLoudly() {
    CueLexicon lexicon = CueLexicon.parse(List.of());
    assertThat(lexicon.withPropositions(List.of("verb\tspread", "noun\trumor")).putsForward("spread")).isTrue();
    assertThatThrownBy(() -> lexicon.withPropositions(List.of("adjective\tfalse"))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> lexicon.withPropositions(List.of("verb spread"))).isInstanceOf(IllegalStateException.class);
  }
}
