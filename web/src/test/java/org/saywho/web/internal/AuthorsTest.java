package org.saywho.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AuthorsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      By TOM KRISHER, AP Auto Writer                  | Tom Krisher
      Analysis by Chris Cillizza, CNN Editor-at-large | Chris Cillizza
      Troy L. Smith, Cleveland.com                    | Troy L. Smith
      by Madeline Fry                                 | Madeline Fry
      Al-Bawaba                                       | Al-Bawaba
      Sarah E. Needleman                              | Sarah E. Needleman
      By Follow @jdoe                                 | -
      https://www.facebook.com/someone                | -
      2019-11-19T05:44:06Z                            | -
      View More Articles                              | -
      RT                                              | -
      Staff Writer                                    | -
      """)
  void name_readsANameOrNothing(String value, String expected) {
    assertThat(Authors.name(value)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      https://www.example.com/author/madeline-fry       | Madeline Fry
      https://www.example.com/author/nishant-kumar-8861/ | Nishant Kumar
      https://www.example.com/authors/jose-altoveros.html | Jose Altoveros
      https://www.example.com/author/admin              | -
      https://www.example.com/news/some-story-here      | -
      """)
  void fromUrl_readsTheNameInAnAuthorPagesUrl(String url, String expected) {
    assertThat(Authors.fromUrl(url)).isEqualTo(Optional.ofNullable(expected));
  }
}
