package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeakerTest {

  private final Speaker peskov = new Speaker("Dmitry Peskov", Speaker.Type.PERSON, List.of("Kremlin spokesperson"),
      List.of(Span.of(0, 6)));

  @Test
  void matches_lastName_caseInsensitive() {
    assertThat(peskov.matches("peskov")).isTrue();
    assertThat(peskov.matches("Dmitry Peskov")).isTrue();
  }

  @Test
  void matches_roleWords() {
    assertThat(peskov.matches("Kremlin spokesperson")).isTrue();
  }

  @Test
  void matches_otherName_isFalse() {
    assertThat(peskov.matches("Lavrov")).isFalse();
    assertThat(peskov.matches("  ")).isFalse();
  }

  @Test
  void constructor_copiesLists() {
    List<String> roles = new ArrayList<>(List.of("aide"));
    Speaker s = new Speaker("X", Speaker.Type.PERSON, roles, List.of());
    roles.add("other");
    assertThat(s.roles()).containsExactly("aide");
    assertThatThrownBy(() -> s.roles().add("y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_blankName_isRejected() {
    assertThatThrownBy(() -> new Speaker(" ", Speaker.Type.PERSON, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void gender_needsEvidence_andOnlyAPersonHasOne() {
    List<Span> at = List.of(Span.of(0, 3));
    assertThatThrownBy(() -> new Speaker("Ann", Speaker.Type.PERSON, List.of(), at, Speaker.Gender.FEMALE, Speaker.GenderEvidence.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Speaker("Acme", Speaker.Type.ORGANIZATION, List.of(), at, Speaker.Gender.FEMALE,
        Speaker.GenderEvidence.FIRST_NAME)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new Speaker("Ann", Speaker.Type.PERSON, List.of(), at).gender()).isEqualTo(Speaker.Gender.UNKNOWN);
  }
}
