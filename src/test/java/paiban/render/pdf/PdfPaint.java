package paiban.render.pdf;

import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a page's content streams paint, read back with PDFBox: every stroke, fill, glyph and image
 * with its bounds in default user space and the colour it is painted in; and every colour space
 * set that is not DeviceCMYK or DeviceGray (an RGB operator, an ICC or Cal space).
 */
final class PdfPaint extends PDFGraphicsStreamEngine {
    /** One painted thing: its bounds, and its colour as CMYK components (empty for images). */
    record Mark(String what, Rectangle2D bounds, float[] cmyk) {
        boolean registration() {
            return Arrays.equals(cmyk, new float[] {1, 1, 1, 1});
        }

        @Override
        public String toString() {
            return what + " " + bounds + " " + Arrays.toString(cmyk);
        }
    }

    final List<Mark> painted = new ArrayList<>();
    final List<String> foreignColour = new ArrayList<>();
    private Rectangle2D path;
    private final Point2D current = new Point2D.Float();

    static PdfPaint of(PDPage page) throws IOException {
        PdfPaint paint = new PdfPaint(page);
        paint.processPage(page);
        return paint;
    }

    private PdfPaint(PDPage page) {
        super(page);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String op = operator.getName();
        if (op.equals("rg") || op.equals("RG")) foreignColour.add(op + " " + operands);
        super.processOperator(operator, operands);
        if (op.equalsIgnoreCase("cs") || op.equalsIgnoreCase("sc") || op.equalsIgnoreCase("scn")) {
            check(getGraphicsState().getStrokingColorSpace(), op);
            check(getGraphicsState().getNonStrokingColorSpace(), op);
        }
    }

    private void check(PDColorSpace space, String op) {
        if (!(space instanceof PDDeviceCMYK) && !(space instanceof PDDeviceGray)) {
            foreignColour.add(op + " in " + space.getName());
        }
    }

    private static float[] cmyk(PDColor colour) {
        float[] c = colour.getComponents();
        if (colour.getColorSpace() instanceof PDDeviceGray) return new float[] {0, 0, 0, 1 - c[0]};
        return c;
    }

    private void add(Point2D p) {
        if (path == null) path = new Rectangle2D.Double(p.getX(), p.getY(), 0, 0);
        else path.add(p);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        add(p0);
        add(p1);
        add(p2);
        add(p3);
    }

    @Override
    public void moveTo(float x, float y) {
        current.setLocation(x, y);
        add(current);
    }

    @Override
    public void lineTo(float x, float y) {
        current.setLocation(x, y);
        add(current);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        add(new Point2D.Float(x1, y1));
        add(new Point2D.Float(x2, y2));
        current.setLocation(x3, y3);
        add(current);
    }

    @Override
    public Point2D getCurrentPoint() {
        return current;
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
        path = null;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void strokePath() {
        painted.add(new Mark("stroke", path, cmyk(getGraphicsState().getStrokingColor())));
        path = null;
    }

    @Override
    public void fillPath(int windingRule) {
        painted.add(new Mark("fill", path, cmyk(getGraphicsState().getNonStrokingColor())));
        path = null;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        painted.add(new Mark("fill+stroke", path, cmyk(getGraphicsState().getNonStrokingColor())));
        path = null;
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
        foreignColour.add("shading " + shadingName);
    }

    @Override
    public void drawImage(PDImage image) throws IOException {
        if (!(image.getColorSpace() instanceof PDDeviceCMYK) && !(image.getColorSpace() instanceof PDDeviceGray)) {
            foreignColour.add("image in " + image.getColorSpace().getName());
        }
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        painted.add(new Mark("image", new Rectangle2D.Double(m.getTranslateX(), m.getTranslateY(),
                m.getScalingFactorX(), m.getScalingFactorY()), new float[0]));
    }

    /** A glyph's box: its origin, advance and one em of height (descent taken as 0.2 em); "stroked" when its outline is stroked too. */
    @Override
    protected void showGlyph(Matrix text, PDFont font, int code, Vector displacement) throws IOException {
        super.showGlyph(text, font, code, displacement);
        float em = text.getScalingFactorY();
        float width = displacement.getX() * text.getScalingFactorX();
        boolean stroked = getGraphicsState().getTextState().getRenderingMode().isStroke();
        painted.add(new Mark((stroked ? "stroked glyph " : "glyph ") + font.toUnicode(code), new Rectangle2D.Double(text.getTranslateX(),
                text.getTranslateY() - 0.2 * em, width, em), cmyk(getGraphicsState().getNonStrokingColor())));
    }
}
