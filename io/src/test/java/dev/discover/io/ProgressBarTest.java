package dev.discover.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
  private static final long S = 1_000_000_000L;

  @Test
  void bar_showsStagePercentageAndTimeLeftOnOneRedrawnLine() {
    StringWriter w = new StringWriter();
    AtomicLong now = new AtomicLong(0);
    ProgressBar bar = new ProgressBar(new PrintWriter(w), now::get);
    bar.report("sampling", 0.5);
    assertEquals("", w.toString(), "nothing in the first second");
    now.set(2 * S);
    bar.report("null space", 0);
    now.set(6 * S);
    bar.report("null space", 0.25);
    String out = w.toString();
    assertTrue(out.startsWith("\r[") && !out.contains("\n"), out);
    String last = out.substring(out.lastIndexOf('\r') + 1);
    assertTrue(last.startsWith("[######------------------]  25%  null space  (6 s, about 12 s left)"), last);
    bar.finish();
    assertTrue(w.toString().endsWith("\r" + " ".repeat(last.length()) + "\r"), "finish clears the line");
  }

  @Test
  void bar_redrawsAtMostTenTimesASecondWithinAStage() {
    StringWriter w = new StringWriter();
    AtomicLong now = new AtomicLong(2 * S);
    ProgressBar bar = new ProgressBar(new PrintWriter(w), now::get);
    now.set(3 * S);
    for (int k = 0; k < 1000; k++) {
      now.addAndGet(1_000_000L);
      bar.report("exact laws", k / 1000.0);
    }
    long draws = w.toString().chars().filter(c -> c == '\r').count();
    assertTrue(draws >= 9 && draws <= 11, draws + " draws in one second");
  }

  @Test
  void quietOrNoTerminal_drawsNothing() {
    StringWriter w = new StringWriter();
    assertSame(Progress.SILENT, ProgressBar.forStandardError(new PrintWriter(w), true));
    Progress p = ProgressBar.forStandardError(new PrintWriter(w), false);
    assertEquals(ProgressBar.standardErrorIsTerminal(), p != Progress.SILENT);
  }
}
