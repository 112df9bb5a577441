package org.saywho;

import java.nio.file.Path;
import java.nio.file.Files;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.saywho.testing.SharedData;

/** The seed article (../shared/gold/seed.jsonl) end to end against its gold annotation. */
@EnabledIf(value = "sharedPresent", disabledReason = "needs ../shared (the corpora beside the checkout), which is absent")
class SeedArticleIT {

  static boolean sharedPresent() {
    return Files.isDirectory(Path.of("../shared")) || Files.isDirectory(Path.of("../../shared"));
  }


  private static final String TRIM = " \t\r\n\"“”‘’'«»„‚.,;:!?—–-()[]";

  private static JsonNode gold;
  private static String text;
  private static Extraction x;

  @BeforeAll
  static void extract() throws java.io.IOException {
    gold = new ObjectMapper().readTree(Files.readString(SharedData.file("gold/seed.jsonl")).trim());
    text = gold.get("text").asText();
    x = Extractor.builder().build().apply(text);
  }

  @Test
  void everyDirectAndMixedQuote_isFoundWithItsCanonicalSpeaker() {
    List<Quote> system = x.quotes().filter(q -> q.type() != Quote.Type.INDIRECT).list();
    Set<Quote> used = new HashSet<>();
    for (JsonNode g : gold.get("quotes")) {
      Optional<Quote> match = bestMatch(g, system, used);
      assertThat(match).as("quote %s", g.get("text").asText()).isPresent();
      used.add(match.get());
      assertThat(match.get().speaker().map(Speaker::name)).as("speaker of %s", g.get("text").asText())
          .hasValue(g.get("canonical_speaker").asText());
      assertThat(match.get().type().name().toLowerCase()).isEqualTo(g.get("type").asText());
    }
    assertThat(system).as("no extra direct or mixed quotes").hasSize(gold.get("quotes").size());
  }

  @Test
  void indirectSpeech_f1AtLeast085_andEveryFoundOneRightlyAttributed() {
    List<Quote> system = x.quotes().indirect().list();
    Set<Quote> used = new HashSet<>();
    int found = 0;
    for (JsonNode g : gold.get("indirect")) {
      Optional<Quote> match = bestMatch(g, system, used);
      if (match.isPresent()) {
        used.add(match.get());
        found++;
        assertThat(match.get().speaker().map(Speaker::name)).as("speaker of %s", g.get("text").asText())
            .hasValue(g.get("canonical_speaker").asText());
      }
    }
    double p = system.isEmpty() ? 0 : (double) found / system.size();
    double r = (double) found / gold.get("indirect").size();
    assertThat(2 * p * r / (p + r)).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void byline_isAuthorAndOutlet_notGluedToTheFirstSentence() {
    assertThat(x.byline()).hasValueSatisfying(b -> {
      assertThat(b.author()).hasValue(gold.get("byline").get("author").asText());
      assertThat(b.outlet()).hasValue(gold.get("byline").get("outlet").asText());
    });
    assertThat(x.quotes().list()).noneMatch(q -> q.span().start() < x.byline().get().span().end());
  }

  @Test
  void speakers_carryTheirRoles() {
    JsonNode roles = gold.get("roles");
    for (String name : List.of("Marco Rubio", "Dmitry Peskov", "Volodymyr Zelenskyy", "Donald Trump")) {
      assertThat(x.speaker(name)).as(name).hasValueSatisfying(s -> assertThat(s.roles()).contains(roles.get(name).asText()));
    }
  }

  @Test
  void speakers_areMen_orUnknownWhereTheArticleNeverSays() {
    for (String name : List.of("Marco Rubio", "Dmitry Peskov", "Donald Trump")) {
      assertThat(x.speaker(name)).as(name).hasValueSatisfying(s -> assertThat(s.gender()).isEqualTo(Speaker.Gender.MALE));
    }
    // "Volodymyr" is not in the first-name table and the article uses no pronoun or title for him.
    assertThat(x.speaker("Volodymyr Zelenskyy")).hasValueSatisfying(s -> assertThat(s.gender()).isNotEqualTo(Speaker.Gender.FEMALE));
    assertThat(x.people()).extracting(Speaker::name).contains("Sergei Lavrov");
  }

  @Test
  void speakers_mergeTheirMentions() {
    Speaker trump = x.speaker("Donald Trump").orElseThrow();
    List<String> mentions = new ArrayList<>();
    trump.mentions().forEach(m -> mentions.add(m.in(text)));
    assertThat(mentions).contains("President Donald Trump", "Trump", "He");
    assertThat(x.speakers()).extracting(Speaker::name).doesNotHaveDuplicates();
  }

  @Test
  void cues_areTheReportingVerbsWithLemmas() {
    Quote peskov = x.quotes().by("Peskov").direct().get(0);
    assertThat(peskov.cue()).hasValueSatisfying(c -> {
      assertThat(c.text()).isEqualTo("responded");
      assertThat(c.lemma()).isEqualTo("respond");
      assertThat(c.span().in(text)).isEqualTo("responded");
    });
    assertThat(x.quotes().by("Trump").indirect().list()).anySatisfy(
        q -> assertThat(q.cue()).hasValueSatisfying(c -> assertThat(c.lemma()).isEqualTo("float the idea")));
  }

  @Test
  void claims_theArticlesFactsAreCheckWorthy_trumpsPostOutranksRebuttalAndOpinion_quotesAreTheirSpeakers() {
    Claims claims = x.claims();
    assertThat(claims.byArticle().checkWorthy().list()).anySatisfy(c -> {
      assertThat(c.text()).contains("lasted about 50 minutes");
      assertThat(c.type()).isIn(Claim.Type.QUANTITY, Claim.Type.EVENT); // a meeting, and its length: the claims gold's judgement call
    });
    assertThat(claims.by("Egypt Daily News").list()).isNotEmpty().allMatch(Claim::byArticle);
    assertThat(claims.by("Peskov").list()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.quote()).hasValueSatisfying(q -> assertThat(q.isBy("Peskov")).isTrue()));
    // Trump's post states what he learned: it outranks Peskov's rebuttal and every opinion. Whether it clears
    // the check-worthy threshold moves with each retraining of the news model (its score 0.24, thresholds 0.24 to 0.30).
    Claim post = claims.by("Trump").stream().filter(c -> c.text().startsWith("After getting to know")).findFirst().orElseThrow();
    assertThat(claims.by("Peskov").list()).isNotEmpty()
        .allSatisfy(c -> assertThat(c.checkWorthiness()).isLessThan(post.checkWorthiness()));
    assertThat(claims.list()).filteredOn(c -> c.type() == Claim.Type.OPINION)
        .allSatisfy(c -> assertThat(c.checkWorthiness()).isLessThan(post.checkWorthiness()));
    assertThat(claims.by("Trump").list()).anySatisfy(c -> {
      assertThat(c.text()).startsWith("NATO countries should be ready");
      // an actor's "should": his stance (POSITION) or a statement made (EVENT); the claims gold has both
      assertThat(c.type()).isIn(Claim.Type.POSITION, Claim.Type.EVENT);
    });
    Claim terrible = claims.by("Zelenskyy").stream().filter(c -> c.text().startsWith("It’s terrible")).findFirst().orElseThrow();
    // "It's terrible, but without it, things will be even worse": an opinion with a forecast in it, typed
    // OPINION or, by some retrainings of the news model, POSITION; never one a fact-checker is sent to
    assertThat(terrible.type()).isIn(Claim.Type.OPINION, Claim.Type.POSITION);
    assertThat(terrible.checkWorthy()).isFalse();
    assertThat(claims.list()).filteredOn(c -> c.type() == Claim.Type.OPINION).isNotEmpty()
        .allSatisfy(c -> assertThat(c.checkWorthy()).isFalse());
    assertThat(claims.ranked().indexOf(terrible)).isGreaterThan(claims.checkWorthy().size());
    assertThat(claims.list()).allSatisfy(c -> assertThat(c.span().in(text)).isEqualTo(c.text()));
  }

  private static Optional<Quote> bestMatch(JsonNode g, List<Quote> system, Set<Quote> used) {
    int[] gs = trim(g.get("start").asInt(), g.get("end").asInt());
    Quote best = null;
    double bestIou = 0;
    for (Quote q : system) {
      if (used.contains(q)) {
        continue;
      }
      int[] ss = trim(q.span().start(), q.span().end());
      double inter = Math.max(0, Math.min(gs[1], ss[1]) - Math.max(gs[0], ss[0]));
      double union = Math.max(gs[1], ss[1]) - Math.min(gs[0], ss[0]);
      double iou = union == 0 ? 0 : inter / union;
      if (iou > bestIou) {
        bestIou = iou;
        best = q;
      }
    }
    return bestIou >= 0.5 ? Optional.of(best) : Optional.empty();
  }

  private static int[] trim(int s, int e) {
    while (s < e && TRIM.indexOf(text.charAt(s)) >= 0) {
      s++;
    }
    while (e > s && TRIM.indexOf(text.charAt(e - 1)) >= 0) {
      e--;
    }
    return new int[] {s, e};
  }
}
