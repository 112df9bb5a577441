package org.saywho.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr (articles done, rate, ETA), or nothing. */
interface Progress extends AutoCloseable {

  /** Counts one article done. */
  void step();

  @Override
  void close();

  /** A bar over {@code total} articles. */
  static Progress bar(long total) {
    ProgressBar bar = new ProgressBarBuilder().setTaskName("articles").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().setSpeedUnit(ChronoUnit.SECONDS)
        .setUnit(" art", 1).build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** No bar, for when stderr is not a terminal. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }
}
