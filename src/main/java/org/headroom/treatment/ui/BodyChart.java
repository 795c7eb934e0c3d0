package org.headroom.treatment.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.headroom.treatment.BodyRegion;

/**
 * The body chart ({@code frontend/components/body-chart.js}): the therapist taps the areas treated
 * on front and back views. The shapes come from {@link BodyRegion}, the same data the PDF draws.
 */
@Tag("headroom-body-chart")
@JsModule("./components/body-chart.js")
public class BodyChart extends AbstractSinglePropertyField<BodyChart, Set<BodyRegion>> implements HasSize {

    public BodyChart() {
        super("value", EnumSet.noneOf(BodyRegion.class), String.class, BodyChart::parse, BodyChart::format);
        getElement().setAttribute("front-label", getTranslation("bodychart.front"));
        getElement().setAttribute("back-label", getTranslation("bodychart.back"));
        getElement()
                .setProperty(
                        "outline",
                        BodyRegion.OUTLINE.stream()
                                .map(BodyChart::shapeJson)
                                .collect(Collectors.joining(",", "[", "]")));
        getElement()
                .setProperty(
                        "regions",
                        Arrays.stream(BodyRegion.values())
                                .map(r -> shapeJson(r.shape())
                                        .replaceFirst(
                                                "\\{",
                                                "{\"code\":\"" + r.name() + "\",\"view\":\"" + r.view()
                                                        + "\",\"label\":\""
                                                        + getTranslation("region." + r.name())
                                                                .replace("\"", "'") + "\","))
                                .collect(Collectors.joining(",", "[", "]")));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        getElement().setAttribute("readonly", readOnly);
    }

    static Set<BodyRegion> parse(String value) {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        if (value != null && !value.isBlank()) {
            for (String code : value.split(",")) {
                try {
                    regions.add(BodyRegion.valueOf(code.trim()));
                } catch (IllegalArgumentException unknown) {
                    // An unknown code from the browser is ignored rather than trusted.
                }
            }
        }
        return regions;
    }

    static String format(Set<BodyRegion> regions) {
        return regions == null ? "" : regions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static String shapeJson(BodyRegion.Shape s) {
        return "{\"ellipse\":" + s.ellipse() + ",\"x\":" + s.x() + ",\"y\":" + s.y() + ",\"w\":" + s.w() + ",\"h\":"
                + s.h() + "}";
    }
}
