package dev.discover.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class PlotsTest {
  @TempDir Path dir;

  @Test
  void plot_writesSvgFiguresThatARealRendererDraws() throws Exception {
    LawsCommandTest.Run r = LawsCommandTest.run(LawsCommandTest.system("toy.json").toString(), "--plot", dir.toString(),
        "--format", "json");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("\"agrees\" : true"), r.out());
    for (String name : new String[] {"spectrum.svg", "coefficients.svg"}) {
      Path svg = dir.resolve(name);
      assertTrue(Files.size(svg) > 1000, name);
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Document doc = f.newDocumentBuilder().parse(svg.toFile());
      assertEquals("svg", doc.getDocumentElement().getNodeName());
      // Render with Batik and check the picture is not blank: it has both light and dark pixels.
      ByteArrayOutputStream png = new ByteArrayOutputStream();
      try (InputStream in = Files.newInputStream(svg)) {
        new PNGTranscoder().transcode(new TranscoderInput(in), new TranscoderOutput(png));
      }
      BufferedImage img = ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray()));
      assertTrue(img.getWidth() >= 600 && img.getHeight() >= 300, name);
      int dark = 0, light = 0;
      for (int y = 0; y < img.getHeight(); y += 3) {
        for (int x = 0; x < img.getWidth(); x += 3) {
          int rgb = img.getRGB(x, y);
          int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
          if (lum < 200) dark++; else if (lum > 600) light++;
        }
      }
      assertTrue(dark > 50 && light > 50, name + " renders blank: dark " + dark + ", light " + light);
    }
  }
}
