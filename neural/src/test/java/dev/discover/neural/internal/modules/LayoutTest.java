package dev.discover.neural.internal.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.discover.neural.internal.Mlp;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LayoutTest {
  /** A 2-2-2-1 network whose only weights cross: input 0 to unit 1, input 1 to unit 0, straight above. */
  private static Mlp crossed() {
    double[][] x = {{0, 1, 2}, {2, 0, 1}};
    Mlp net = new Mlp(2, 2, x, new double[][] {{0, 1, 2}}, 1);
    double[] p = net.parameters();
    Arrays.fill(p, 0);
    p[net.w1(0, 1)] = 1;
    p[net.w1(1, 0)] = 1;
    p[net.w2(0, 0)] = 1;
    p[net.w2(1, 1)] = 1;
    p[net.w3(0, 0)] = 1;
    p[net.w3(1, 0)] = 1;
    return net;
  }

  @Test
  void costs_areWireLengthsForWeightsAndTheLayerGapForBiases() {
    Mlp net = crossed();
    Layout lay = new Layout(2, 2, 1);
    double[] d = new double[net.parameters().length];
    lay.costs(net, d);
    assertEquals(0.5 + Layout.GAP, d[net.w1(0, 1)], 1e-15);
    assertEquals(Layout.GAP, d[net.w1(0, 0)], 1e-15);
    assertEquals(Layout.GAP, d[net.bias(1, 0)], 1e-15);
    assertEquals(0.25 + Layout.GAP, d[net.w3(1, 0)], 1e-15);
  }

  @Test
  void relocate_uncrossesWiresAndNeverLengthensThem() {
    Mlp net = crossed();
    Layout lay = new Layout(2, 2, 1);
    double before = lay.wireCost(net);
    int swaps = lay.relocate(net, 2);
    double after = lay.wireCost(net);
    assertTrue(swaps > 0);
    assertTrue(after < before - 0.5, before + " -> " + after);
    // the first layer's wires now run straight up
    assertEquals(lay.x(0, 0), lay.x(1, 1), 1e-15);
    assertEquals(lay.x(0, 1), lay.x(1, 0), 1e-15);
    assertEquals(after, lay.wireCost(net), 1e-15);
    assertEquals(0, lay.relocate(net, 2));
  }
}
