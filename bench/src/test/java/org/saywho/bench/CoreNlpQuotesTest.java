package org.saywho.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.saywho.Extraction;
import org.saywho.Quote;

class CoreNlpQuotesTest {

  @Test
  void extract_quotes_areReadAsDirectQuotesWithoutTheirMarks() {
    CoreNlpQuotes corenlp = new CoreNlpQuotes("tokenize,ssplit,quote", false);
    String text = "The talks ended.\n“We will not give up,” Lee said. She added: \"Never.\"";
    Extraction x = corenlp.extract(text);
    assertThat(x.quotes().list()).extracting(Quote::text).containsExactly("We will not give up,", "Never.");
    assertThat(x.quotes().list()).allSatisfy(q -> {
      assertThat(q.type()).isEqualTo(Quote.Type.DIRECT);
      assertThat(q.span().in(text)).isEqualTo(q.text());
    });
  }
}
