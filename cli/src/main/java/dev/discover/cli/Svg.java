package dev.discover.cli;

import java.util.Locale;

/**
 * A small SVG document writer: rectangles, lines, polylines, circles and text, every coordinate rounded to a
 * tenth of a pixel. Written here rather than through a charting library because the figures must stay small
 * (XChart's VectorGraphics2D output wrote a 1.7 MB file for a 90-point spectrum: every glyph and point with a
 * full transform) and their labels must be laid out so that they never overlap.
 */
final class Svg {
  private final StringBuilder body = new StringBuilder();
  private final int width;
  private final int height;
  private final String title;

  Svg(int width, int height, String title) {
    this.width = width;
    this.height = height;
    this.title = title;
  }

  int width() { return width; }

  int height() { return height; }

  /** A number with at most one decimal, no trailing zero: 12, 12.5, -3.1. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return b.toString();
  }

  Svg rect(double x, double y, double w, double h, String fill, String stroke) {
    return rect(x, y, w, h, fill, stroke, "");
  }

  /** A rectangle; a non-empty {@code tooltip} is shown by browsers on hover. */
  Svg rect(double x, double y, double w, double h, String fill, String stroke, String tooltip) {
    body.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"").append(num(w))
        .append("\" height=\"").append(num(h)).append("\" fill=\"").append(fill).append('"');
    if (stroke != null) body.append(" stroke=\"").append(stroke).append('"');
    if (tooltip.isEmpty()) body.append("/>\n");
    else body.append("><title>").append(escape(tooltip)).append("</title></rect>\n");
    return this;
  }

  Svg line(double x1, double y1, double x2, double y2, String stroke, double strokeWidth, boolean dashed) {
    body.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
        .append(num(strokeWidth)).append('"').append(dashed ? " stroke-dasharray=\"6 4\"" : "").append("/>\n");
    return this;
  }

  /** A polyline through pixel coordinates {@code xy} (x0 y0 x1 y1 ...), at least two points. */
  Svg polyline(double[] xy, int count, String stroke, double strokeWidth) {
    body.append("<polyline fill=\"none\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(strokeWidth))
        .append("\" stroke-linejoin=\"round\" points=\"");
    for (int i = 0; i < count; i++) {
      if (i > 0) body.append(' ');
      body.append(num(xy[2 * i])).append(',').append(num(xy[2 * i + 1]));
    }
    body.append("\"/>\n");
    return this;
  }

  /**
   * Square markers as one path of zero-length strokes with square caps (one element for all of them, about a
   * dozen bytes each).
   */
  Svg markers(double[] xy, int count, double size, String fill) {
    if (count == 0) return this;
    body.append("<path fill=\"none\" stroke=\"").append(fill).append("\" stroke-width=\"").append(num(size))
        .append("\" stroke-linecap=\"square\" d=\"");
    for (int i = 0; i < count; i++) {
      body.append('M').append(num(xy[2 * i])).append(' ').append(num(xy[2 * i + 1])).append("h0");
    }
    body.append("\"/>\n");
    return this;
  }

  /** Text; {@code anchor} is start, middle or end; {@code rotate} in degrees about the anchor point. */
  Svg text(double x, double y, String text, double size, String anchor, double rotate, String fill) {
    body.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" font-size=\"").append(num(size))
        .append('"');
    if (!anchor.equals("start")) body.append(" text-anchor=\"").append(anchor).append('"');
    if (rotate != 0) body.append(" transform=\"rotate(").append(num(rotate)).append(' ').append(num(x)).append(' ')
        .append(num(y)).append(")\"");
    if (!fill.equals("#000")) body.append(" fill=\"").append(fill).append('"');
    body.append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  /** The document: an {@code svg} root with its size, a title, a white background and the elements. */
  @Override public String toString() {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 "
        + width + " " + height + "\" font-family=\"sans-serif\">\n<title>" + escape(title) + "</title>\n"
        + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n" + body + "</svg>\n";
  }

  /**
   * Approximate width of a text in pixels (sans-serif, average glyph 0.56 em): enough to lay out labels without
   * overlaps, with a margin.
   */
  static double textWidth(String s, double size) { return s.length() * size * 0.56; }
}
