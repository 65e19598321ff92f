package dev.discover.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.w3c.dom.Document;

/**
 * Checks that a figure we wrote is an SVG document that a real renderer (Batik) draws, and that the picture
 * is not blank. Shared with the cli module's tests through this module's test jar.
 */
public final class SvgAssert {
  private SvgAssert() {}

  /**
   * Asserts that {@code svg} is larger than 1000 bytes, parses as XML with an {@code svg} root, renders to at
   * least {@code minWidth} x {@code minHeight} pixels and has more than 50 dark and 50 light pixels.
   */
  public static void assertDrawn(Path svg, int minWidth, int minHeight) throws Exception {
    assertTrue(Files.size(svg) > 1000, svg.toString());
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    Document doc = f.newDocumentBuilder().parse(svg.toFile());
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(svg)) {
      new PNGTranscoder().transcode(new TranscoderInput(in), new TranscoderOutput(png));
    }
    BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
    assertTrue(img.getWidth() >= minWidth && img.getHeight() >= minHeight, svg + ": " + img.getWidth() + " x " + img.getHeight());
    assertNotBlank(img, svg.toString());
  }

  /** Asserts that a picture has more than 50 dark and 50 light pixels (sampled every third pixel). */
  public static void assertNotBlank(BufferedImage img, String what) {
    int dark = 0, light = 0;
    for (int y = 0; y < img.getHeight(); y += 3) {
      for (int x = 0; x < img.getWidth(); x += 3) {
        int rgb = img.getRGB(x, y);
        int lum = ((rgb >> 16) & 255) + ((rgb >> 8) & 255) + (rgb & 255);
        if (lum < 200) dark++; else if (lum > 600) light++;
      }
    }
    assertTrue(dark > 50 && light > 50, what + " renders blank: dark " + dark + ", light " + light);
  }
}
