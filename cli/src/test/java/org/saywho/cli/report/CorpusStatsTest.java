package org.saywho.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.saywho.Extractor;

class CorpusStatsTest {

  @Test
  void add_countsQuotesPerSpeakerAcrossArticles_byType() {
    Extractor e = Extractor.builder().build();
    CorpusStats stats = new CorpusStats();
    stats.add(e.apply("“We will win,” Ann Lee said.\n“It is over,” Tom Park said."));
    stats.add(e.apply("Ann Lee said the vote would be close.\n“Never,” Ann Lee said."));
    stats.addError();
    ObjectNode json = stats.toJson(new ObjectMapper());
    assertThat(json.get("articles").asInt()).isEqualTo(3);
    assertThat(json.get("errors").asInt()).isEqualTo(1);
    assertThat(json.get("quotes").get("total").asInt()).isEqualTo(4);
    var top = json.get("speakers").get(0);
    assertThat(top.get("name").asText()).isEqualTo("Ann Lee");
    assertThat(top.get("quotes").asInt()).isEqualTo(3);
    assertThat(top.get("direct").asInt()).isEqualTo(2);
    assertThat(top.get("indirect").asInt()).isEqualTo(1);
    assertThat(top.get("articles").asInt()).isEqualTo(2);
    assertThat(top.get("gender").asText()).isEqualTo("FEMALE");
    assertThat(json.get("sources").get("female").asInt()).isEqualTo(2);
    assertThat(json.get("sources").get("male").asInt()).isEqualTo(1);
    assertThat(json.get("sources").get("womenShare").asDouble()).isCloseTo(0.6667, org.assertj.core.api.Assertions.within(0.001));
    assertThat(json.get("quotesByGender").get("female").get("total").asInt()).isEqualTo(3);
    StringWriter table = new StringWriter();
    stats.printTable(new PrintWriter(table), 10);
    assertThat(table.toString()).contains("3 articles (1 could not be processed), 4 quotes").contains("Ann Lee").contains("MOST QUOTED WOMEN").contains("sources (per article)");
  }
}
