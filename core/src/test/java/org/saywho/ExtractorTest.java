package org.saywho;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExtractorTest {

  private static Extractor extractor;

  @BeforeAll
  static void build() {
    extractor = Extractor.builder().build();
  }

  @Test
  void extract_null_throwsNullPointerExceptionWithMessage() {
    assertThatThrownBy(() -> extractor.apply(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("text");
  }

  @Test
  void extract_emptyText_isEmptyResult() {
    Extraction x = extractor.apply("");
    assertThat(x.quotes().isEmpty()).isTrue();
    assertThat(x.speakers()).isEmpty();
    assertThat(x.byline()).isEmpty();
    assertThat(x.failure()).isEmpty();
  }

  @Test
  void extract_binaryJunk_isAResult() {
    Extraction x = extractor.apply("\u0000\u0001\uFFFF\uD800 “ ” \" \u202E\n\n\t\u0007");
    assertThat(x.failure()).isEmpty();
  }

  @Test
  void extract_unattributedQuote_hasNoSpeaker() {
    Extraction x = extractor.apply("The vote was held on Tuesday.\n“We will never give up on this country, not ever.”");
    assertThat(x.quotes().list()).singleElement().satisfies(q -> {
      assertThat(q.type()).isEqualTo(Quote.Type.DIRECT);
      assertThat(q.speaker()).isEmpty();
      assertThat(q.text()).isEqualTo("We will never give up on this country, not ever.");
    });
  }

  @Test
  void extract_scareQuotes_areNotQuotes() {
    Extraction x = extractor.apply("The so-called “reform” failed in the Senate on Tuesday after a long debate.");
    assertThat(x.quotes().isEmpty()).isTrue();
  }

  @Test
  void extract_quoteSplitByAttribution_isTwoQuotesWithOneSpeaker() {
    String text = "“International law does not work on its own,” Zelenskyy said. “And even that does not work without weapons.”";
    Extraction x = extractor.apply(text);
    assertThat(x.quotes().direct().list()).hasSize(2)
        .allSatisfy(q -> assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Zelenskyy")));
    assertThat(x.quotes().get(0).cue()).hasValueSatisfying(c -> assertThat(c.lemma()).isEqualTo("say"));
  }

  @Test
  void extract_pronoun_resolvesToThePreviousSpeaker() {
    String text = "President Donald Trump wrote on social media that the war must end.\n"
        + "He added that Russia is a “paper tiger,” drawing criticism from Moscow.";
    Extraction x = extractor.apply(text);
    assertThat(x.quotes().mixed().list()).singleElement().satisfies(q -> {
      assertThat(q.speaker().map(Speaker::name)).hasValue("Donald Trump");
      assertThat(q.speakerMention().map(s -> s.in(text))).hasValue("He");
      assertThat(q.text()).isEqualTo("Russia is a “paper tiger,”");
    });
    assertThat(x.speaker("Trump")).hasValueSatisfying(s -> assertThat(s.roles()).contains("President"));
  }

  @Test
  void extract_indirectSpeech_isReportedClause() {
    String text = "Kremlin spokesperson Dmitry Peskov said the meeting would be used to explain Moscow's view.";
    Extraction x = extractor.apply(text);
    assertThat(x.quotes().indirect().list()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("the meeting would be used to explain Moscow's view");
      assertThat(q.speaker().map(Speaker::name)).hasValue("Dmitry Peskov");
    });
    assertThat(x.speakers().get(0).roles()).containsExactly("Kremlin spokesperson");
  }

  @Test
  void extract_quoteRunningOnIntoNextParagraph_keepsItsSpeaker() {
    String text = "Sanders told the crowd: “We are going to win this election. We are going to win it big.\n"
        + "“And then we are going to change this country for good.”";
    Extraction x = extractor.apply(text);
    assertThat(x.quotes().direct().list()).hasSize(2)
        .allSatisfy(q -> assertThat(q.speaker().map(Speaker::name)).hasValue("Sanders"));
  }

  @Test
  void extract_indirectOff_leavesOutIndirectSpeech() {
    Extractor direct = Extractor.builder().indirect(false).build();
    Extraction x = direct.apply("Peskov said the meeting would be used to explain Moscow's view.");
    assertThat(x.quotes().isEmpty()).isTrue();
  }

  @Test
  void extract_everyQuote_textEqualsItsSpanOfTheOriginal() {
    String text = "Ahmed Kamel – Egypt Daily News\n\n  “It is a bear, not a tiger,” Peskov said.\r\nHe added that talks “would go on.”";
    Extraction x = extractor.apply(text);
    assertThat(x.quotes().list()).isNotEmpty()
        .allSatisfy(q -> assertThat(q.span().in(text)).isEqualTo(q.text()));
    assertThat(x.byline()).hasValueSatisfying(b -> {
      assertThat(b.author()).hasValue("Ahmed Kamel");
      assertThat(b.outlet()).hasValue("Egypt Daily News");
    });
  }

  @Test
  void extract_doubledApostrophes_areReportedSpeech_unlessReadAsQuoteMarks() {
    String text = "''We will win this state,'' Clinton said.";
    assertThat(extractor.apply(text).quotes().list()).singleElement()
        .satisfies(q -> assertThat(q.type()).isEqualTo(Quote.Type.INDIRECT));
    Extractor ascii = Extractor.builder().asciiDoubleQuotes(true).build();
    assertThat(ascii.apply(text).quotes().list()).singleElement().satisfies(q -> {
      assertThat(q.type()).isEqualTo(Quote.Type.DIRECT);
      assertThat(q.text()).isEqualTo("We will win this state,");
    });
  }

  @Test
  void extractAll_keepsOrder_andMatchesSingleExtraction() {
    List<String> texts = List.of(
        "“We will win,” Clinton said.", "", "Officials said the bridge would reopen on Monday.", "No quotes here at all.");
    List<Extraction> all = extractor.extractAll(texts);
    assertThat(all).hasSize(4);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all.get(i)).isEqualTo(extractor.apply(texts.get(i)));
    }
  }

  @Test
  void extractor_sharedAcrossThreads_givesTheSameResults() throws Exception {
    List<String> texts = List.of(
        "“We will win,” Clinton said. “And we will win big.”",
        "Kremlin spokesperson Dmitry Peskov responded: “Russia is a bear.” He added that talks would go on.",
        "According to officials, the bridge would reopen on Monday, the mayor said.");
    List<Extraction> expected = texts.stream().map(extractor).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Extraction>>> runs = new ArrayList<>();
      for (int r = 0; r < 16; r++) {
        runs.add(pool.submit(() -> {
          List<Extraction> out = new ArrayList<>();
          for (int k = 0; k < 20; k++) {
            out.addAll(texts.stream().map(extractor).toList());
          }
          return out;
        }));
      }
      for (Future<List<Extraction>> run : runs) {
        List<Extraction> got = run.get();
        for (int k = 0; k < got.size(); k++) {
          assertThat(got.get(k)).isEqualTo(expected.get(k % texts.size()));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void builder_badOptions_areRejected() {
    assertThatThrownBy(() -> Extractor.builder().threads(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extractor.builder().minConfidence(1.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Extractor.builder().maxSentenceTokens(5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extractAll_nullText_isRejected() {
    List<String> texts = new ArrayList<>();
    texts.add(null);
    assertThatThrownBy(() -> extractor.extractAll(texts)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void extractAll_oneArticleFailsInternally_givesItAFailedResultAndTheRestIntact() {
    StandardExtractor standard = (StandardExtractor) extractor;
    Extractor failing = new StandardExtractor(text -> {
      if (text.contains("BOOM")) {
        throw new IllegalStateException("injected");
      }
      if (text.contains("DEEP")) {
        throw new StackOverflowError();
      }
      return standard.pipeline().apply(text);
    }, standard.options());
    List<String> texts = List.of("“We won,” Lee said.", "BOOM “We won,” Lee said.", "“We lost,” Kim said.",
        "DEEP", "“Again,” Lee said.");
    List<Extraction> all = failing.extractAll(texts);
    assertThat(all).hasSize(5);
    assertThat(all.get(1).failure()).contains("IllegalStateException: injected");
    assertThat(all.get(1).text()).isEqualTo(texts.get(1));
    assertThat(all.get(1).quotes().isEmpty()).isTrue();
    assertThat(all.get(3).failure()).hasValueSatisfying(f -> assertThat(f).startsWith("StackOverflowError"));
    for (int i : new int[] {0, 2, 4}) {
      assertThat(all.get(i)).isEqualTo(extractor.apply(texts.get(i)));
      assertThat(all.get(i).quotes().size()).isEqualTo(1);
    }
  }

  @Test
  void extract_relativeClauseAfterInvertedSpeaker_isNotReportedSpeech() {
    Extraction x = extractor.apply("“The bridge carries half our freight,” said Councilwoman Dana Reyes, who sponsored the measure.");
    assertThat(x.quotes().list()).singleElement().satisfies(q -> {
      assertThat(q.type()).isEqualTo(Quote.Type.DIRECT);
      assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("Dana Reyes"));
    });
  }

  @Test
  void extract_descriptionThenNameInApposition_speakerIsTheNamedPerson() {
    Extraction x = extractor.apply("Norway’s minister, Ingrid Solberg, said the proposed cuts were far too deep.");
    assertThat(x.quotes().list()).singleElement().satisfies(q -> {
      assertThat(q.type()).isEqualTo(Quote.Type.INDIRECT);
      assertThat(q.speaker()).hasValueSatisfying(s -> {
        assertThat(s.name()).isEqualTo("Ingrid Solberg");
        assertThat(s.roles()).containsExactly("Norway’s minister");
      });
    });
  }

  @Test
  void extract_cueThenParticipleCue_reportsTheSecondCuesClauseOnce() {
    Extraction x = extractor.apply("“You don’t win by counting states,” Rubio responded before adding that he will have to win "
        + "some states in March.");
    assertThat(x.quotes().indirect().list()).extracting(Quote::text).containsExactly("he will have to win some states in March");
    assertThat(x.quotes().direct().size()).isEqualTo(1);
  }

  @Test
  void extract_beliefCue_isThought_andSpeechOnlyLeavesItOut() {
    String text = "Clinton believes that the deal is deeply flawed. Her spokesman said the vote would fail.";
    Extraction all = extractor.apply(text);
    assertThat(all.quotes().thought().list()).singleElement()
        .satisfies(q -> assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c.kind()).isEqualTo(Cue.Kind.THOUGHT)));
    assertThat(all.quotes().speech().list()).extracting(Quote::text).containsExactly("the vote would fail");
    Extraction speech = Extractor.builder().speechOnly(true).build().apply(text);
    assertThat(speech.quotes().list()).extracting(Quote::text).containsExactly("the vote would fail");
  }

  @Test
  void people_holdsEveryNamedPerson_quotedOrNot_withTheSameSpeakerObjects() {
    Extraction x = extractor.apply("Mayor Ann Baker met Kevin Ross on Monday.\n\"The bridge will open,\" Baker said.");
    assertThat(x.people()).extracting(Speaker::name).containsExactly("Ann Baker", "Kevin Ross");
    assertThat(x.sources()).extracting(Speaker::name).containsExactly("Ann Baker");
    assertThat(x.people().get(0)).isSameAs(x.speakers().get(0));
    assertThat(x.people().get(0).gender()).isEqualTo(Speaker.Gender.FEMALE);
  }

  @Test
  void builder_claimTopics_rejectsBlankAndNullTerms() {
    assertThatThrownBy(() -> Extractor.builder().claimTopics("covid", " ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> Extractor.builder().claimTopics((String) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("topic");
    assertThatThrownBy(() -> Extractor.builder().claimTopics((List<String>) null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("topics");
  }

  @Test
  void extract_withClaimTopics_listsEachClaimsTopics_andOnlyTopicalClaimsAreCheckWorthy() {
    String text = "Health officials said on Monday that 40 percent of adults have had a COVID-19 vaccine.\n\n"
        + "Unemployment fell to 4.1 percent in 2019, the lowest level in 17 years.";
    Extraction plain = extractor.apply(text);
    Extraction topical = Extractor.builder().claimTopics(List.of("vaccine", "covid")).build().apply(text);
    assertThat(plain.claims().list()).allSatisfy(c -> assertThat(c.topics()).isEmpty());
    assertThat(topical.claims().about("vaccine").list()).singleElement().satisfies(c -> {
      assertThat(c.text()).contains("40 percent of adults");
      assertThat(c.topics()).containsExactly("vaccine", "covid");
      assertThat(c.topicRelevance()).isEqualTo(1.0);
    });
    assertThat(topical.claims().checkWorthy().list()).allSatisfy(c -> assertThat(c.topics()).isNotEmpty());
    assertThat(topical.claims().list()).filteredOn(c -> c.text().startsWith("Unemployment"))
        .singleElement().satisfies(c -> assertThat(c.checkWorthy()).isFalse());
    assertThat(plain.claims().list()).filteredOn(c -> c.text().startsWith("Unemployment"))
        .singleElement().satisfies(c -> assertThat(c.checkWorthy()).isTrue());
  }
}
