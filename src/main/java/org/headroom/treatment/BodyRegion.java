package org.headroom.treatment;

import java.util.Arrays;
import java.util.List;

/**
 * The areas a therapist treats for headaches, front and back, left and right (docs/clinical-rules.md:
 * head, face, jaw, neck, shoulders, upper back, hands and feet). Each region carries its shape on a
 * 200 x 420 figure, so that the body chart on screen and on paper are drawn from the same data.
 */
public enum BodyRegion {
    SCALP(View.BACK, Side.MIDLINE, Shape.ellipse(100, 30, 30, 18)),
    FOREHEAD(View.FRONT, Side.MIDLINE, Shape.rect(80, 22, 40, 14)),
    TEMPLE_LEFT(View.FRONT, Side.LEFT, Shape.ellipse(122, 45, 7, 9)),
    TEMPLE_RIGHT(View.FRONT, Side.RIGHT, Shape.ellipse(78, 45, 7, 9)),
    FACE(View.FRONT, Side.MIDLINE, Shape.rect(86, 40, 28, 22)),
    JAW_LEFT(View.FRONT, Side.LEFT, Shape.rect(101, 64, 17, 10)),
    JAW_RIGHT(View.FRONT, Side.RIGHT, Shape.rect(82, 64, 17, 10)),
    OCCIPUT(View.BACK, Side.MIDLINE, Shape.rect(80, 56, 40, 14)),
    NECK_ANTERIOR(View.FRONT, Side.MIDLINE, Shape.rect(90, 78, 20, 18)),
    NECK_POSTERIOR(View.BACK, Side.MIDLINE, Shape.rect(90, 74, 20, 20)),
    NECK_LATERAL_LEFT(View.BACK, Side.LEFT, Shape.rect(82, 74, 8, 22)),
    NECK_LATERAL_RIGHT(View.BACK, Side.RIGHT, Shape.rect(110, 74, 8, 22)),
    SHOULDER_LEFT(View.BACK, Side.LEFT, Shape.rect(46, 96, 42, 18)),
    SHOULDER_RIGHT(View.BACK, Side.RIGHT, Shape.rect(112, 96, 42, 18)),
    UPPER_BACK_LEFT(View.BACK, Side.LEFT, Shape.rect(59, 116, 40, 56)),
    UPPER_BACK_RIGHT(View.BACK, Side.RIGHT, Shape.rect(101, 116, 40, 56)),
    HAND_LEFT(View.FRONT, Side.LEFT, Shape.ellipse(172, 246, 12, 18)),
    HAND_RIGHT(View.FRONT, Side.RIGHT, Shape.ellipse(28, 246, 12, 18)),
    FOOT_LEFT(View.FRONT, Side.LEFT, Shape.ellipse(118, 400, 14, 10)),
    FOOT_RIGHT(View.FRONT, Side.RIGHT, Shape.ellipse(82, 400, 14, 10));

    /**
     * Front or back view of the figure. Left and right are the client's: on the front view their
     * left is on the viewer's right, on the back view on the viewer's left.
     */
    public enum View {
        FRONT,
        BACK
    }

    /** A rectangle or an ellipse in figure coordinates (centre for ellipses, corner for rectangles). */
    public record Shape(boolean ellipse, double x, double y, double w, double h) {
        static Shape rect(double x, double y, double w, double h) {
            return new Shape(false, x, y, w, h);
        }

        static Shape ellipse(double cx, double cy, double rx, double ry) {
            return new Shape(true, cx, cy, rx, ry);
        }
    }

    public static final double WIDTH = 200;
    public static final double HEIGHT = 420;

    private final View view;
    private final Side side;
    private final Shape shape;

    BodyRegion(View view, Side side, Shape shape) {
        this.view = view;
        this.side = side;
        this.shape = shape;
    }

    public View view() {
        return view;
    }

    public Side side() {
        return side;
    }

    public Shape shape() {
        return shape;
    }

    /** The grey figure both views are drawn on: head, neck, torso, arms, pelvis, legs. */
    public static final List<Shape> OUTLINE = List.of(
            Shape.ellipse(100, 45, 28, 34),
            Shape.rect(88, 76, 24, 20),
            Shape.rect(50, 96, 100, 150),
            Shape.rect(26, 100, 22, 135),
            Shape.rect(152, 100, 22, 135),
            Shape.rect(56, 246, 88, 40),
            Shape.rect(58, 286, 36, 106),
            Shape.rect(106, 286, 36, 106));

    public static List<BodyRegion> on(View view) {
        return Arrays.stream(values()).filter(r -> r.view == view).toList();
    }
}
