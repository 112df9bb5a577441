package org.saywho.internal.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.saywho.internal.text.Tokenizer;

class PipelineTest {

  @Test
  void constructor_annotatorBeforeWhatItNeeds_isRejected() {
    assertThatThrownBy(() -> new Pipeline(List.of(new TokenAnnotator(new Tokenizer()), new LayoutAnnotator(TestPipeline.models().words()))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TokenAnnotator needs LAYOUT");
  }

  @Test
  void standard_providesEveryLayer() {
    Pipeline p = Pipeline.standard(TestPipeline.models(), new Settings(250, 500, false));
    assertThat(p.annotate("“Yes,” Clinton said.").entities()).isNotEmpty();
  }
}
