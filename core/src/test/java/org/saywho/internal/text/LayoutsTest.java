package org.saywho.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.internal.pipeline.TestPipeline;
import org.saywho.internal.doc.Layout;

class LayoutsTest {

  private static final Layouts LAYOUTS = new Layouts(TestPipeline.models().words());

  @Test
  void of_dashByline_isTakenOutOfTheBody() {
    String text = "Ahmed Kamel – Egypt Daily News\nRubio met Lavrov on Wednesday.";
    Layout doc = LAYOUTS.of(text);
    assertThat(doc.byline()).hasValueSatisfying(b -> {
      assertThat(b.author()).hasValue("Ahmed Kamel");
      assertThat(b.outlet()).hasValue("Egypt Daily News");
    });
    assertThat(doc.paragraphs()).singleElement().satisfies(p -> assertThat(p.in(text)).isEqualTo("Rubio met Lavrov on Wednesday."));
  }

  @Test
  void of_byLine_withoutOutlet() {
    Layout doc = LAYOUTS.of("Senate passes budget\nBy Jane Doe\n\nThe Senate voted on Friday.");
    assertThat(doc.byline()).hasValueSatisfying(b -> {
      assertThat(b.author()).hasValue("Jane Doe");
      assertThat(b.outlet()).isEmpty();
    });
    assertThat(doc.paragraphs()).hasSize(2);
  }

  @Test
  void of_headline_isNotAByline() {
    Layout doc = LAYOUTS.of("Green Party candidate Jill Stein removed from debate site by police.\nText.");
    assertThat(doc.byline()).isEmpty();
    assertThat(doc.paragraphs()).hasSize(2);
  }

  @Test
  void of_paragraphs_areTrimmedLines() {
    String text = "  First line.  \r\n\n\tSecond line.";
    Layout doc = LAYOUTS.of(text);
    assertThat(doc.paragraphs()).extracting(p -> p.in(text)).containsExactly("First line.", "Second line.");
  }

  @Test
  void of_pageFurniture_isTakenOutOfTheBody() {
    String text = "READ MORE: ‘Trump is a liar,’ says critic\nWATCH | Biden speaks\n(Photo: Reuters)\nCaption\nClose\n"
        + "Watch what happens when the vote comes.\nMore than 40 people said “no.”";
    Layout doc = LAYOUTS.of(text);
    assertThat(doc.paragraphs()).extracting(p -> p.in(text))
        .containsExactly("Watch what happens when the vote comes.", "More than 40 people said “no.”");
  }

  @Test
  void of_screenReaderCaptionsAndTimeStamps_areTakenOut_butProseOpeningSoIsNot() {
    String text = "Published 3 hours ago\nImage caption, Cyclists on Broad Street\nImage source, Getty Images\n"
        + "Updated: 12 March 2025, 10:32 GMT\nMore, he said, was needed.\n‘Follow us,’ Ms. Gil said.\n"
        + "Updated figures published on Monday show 3,000 more cases than the ministry had counted last week.";
    Layout doc = LAYOUTS.of(text);
    assertThat(doc.paragraphs()).extracting(p -> p.in(text)).containsExactly("More, he said, was needed.", "‘Follow us,’ Ms. Gil said.",
        "Updated figures published on Monday show 3,000 more cases than the ministry had counted last week.");
  }

  @Test
  void of_copyrightNotices_areTakenOut_butProseAboutCopyrightIsNot() {
    String text = "© 2026 Global News, a division of Corus Entertainment Inc.\n"
        + "Copyright 2026 The Associated Press. All rights reserved.\n"
        + "Copyright lawyers say the ruling in 2026 will change the industry.";
    Layout doc = LAYOUTS.of(text);
    assertThat(doc.paragraphs()).extracting(p -> p.in(text))
        .containsExactly("Copyright lawyers say the ruling in 2026 will change the industry.");
  }

  @Test
  void of_timeStampsSeparatedByABar_areTakenOut_butABarInProseIsNot() {
    String text = "Published 6:45 a.m. ET Dec. 5, 2026 | Updated 9:12 a.m. ET Dec. 5, 2026\n"
        + "Updated 9:12 a.m. | Crews have restored power to 150,000 homes across the province overnight.";
    Layout doc = LAYOUTS.of(text);
    assertThat(doc.paragraphs()).extracting(p -> p.in(text))
        .containsExactly("Updated 9:12 a.m. | Crews have restored power to 150,000 homes across the province overnight.");
  }
}
