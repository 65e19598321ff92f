package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class KanPlotsTest {
  @TempDir Path dir;

  @Test
  void write_drawsThePrunedNetworkAndEverySnappedEdgeAsSvgThatARealRendererDraws() throws Exception {
    Random r = new Random(12);
    int n = 500;
    double[][] x = new double[3][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < 3; j++) x[j][i] = -2 + 4 * r.nextDouble();
      y[i] = Math.sin(x[0][i]) + x[1][i] * x[1][i]; // the third input is pruned
    }
    Dataset data = new Dataset(List.of("a", "b", "c"), x, y, "y");
    List<Path> files = KanPlots.write(dir, data, 1, System.nanoTime() + 60_000_000_000L);
    assertTrue(files.contains(dir.resolve("kan.svg")), files.toString());
    // two surviving edges, a -> y and b -> y, nodes numbered a, b, c, y
    assertTrue(files.contains(dir.resolve("kan-edge-0-3.svg")) && files.contains(dir.resolve("kan-edge-1-3.svg")),
        files.toString());
    assertEquals(3, files.size(), files.toString());
    for (Path svg : files) {
      assertTrue(Files.size(svg) > 1000, svg.toString());
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = f.newDocumentBuilder().parse(svg.toFile());
      assertEquals("svg", doc.getDocumentElement().getNodeName());
      // Render with Batik and check the picture is not blank: it has both light and dark pixels.
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      try (InputStream in = Files.newInputStream(svg)) {
        new PNGTranscoder().transcode(new TranscoderInput(in), new TranscoderOutput(png));
      }
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
      int dark = 0, light = 0;
      for (int yy = 0; yy < img.getHeight(); yy += 3) {
        for (int xx = 0; xx < img.getWidth(); xx += 3) {
          int rgb = img.getRGB(xx, yy);
          int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
          if (lum < 200) dark++; else if (lum > 600) light++;
        }
      }
      assertTrue(dark > 50 && light > 50, svg + " renders blank: dark " + dark + ", light " + light);
    }
  }
}
