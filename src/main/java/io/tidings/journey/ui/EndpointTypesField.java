package io.tidings.journey.ui;

import io.tidings.audience.ChannelType;
import io.tidings.ui.ChannelNames;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A custom message's {@code EndpointTypes}: a box for each kind of endpoint its webhook is called about; none ticked
 * means every endpoint of the participant. Pinpoint's {@code PUSH} stands for every push service; a single service an
 * imported journey names (APNS, GCM, ...) gets a box of its own.
 */
final class EndpointTypesField extends VBox {

    private static final List<String> OFFERED = List.of("EMAIL", "SMS", "VOICE", "PUSH", "CUSTOM", "IN_APP");

    EndpointTypesField(ActivityPropertiesViewModel viewModel, List<String> chosen, Consumer<List<String>> change) {
        super(3);
        Set<String> types = new LinkedHashSet<>(OFFERED);
        chosen.forEach(type -> types.add(type.strip().toUpperCase(Locale.ROOT)));
        Set<String> ticked = new LinkedHashSet<>();
        chosen.forEach(type -> ticked.add(type.strip().toUpperCase(Locale.ROOT)));
        FlowPane boxes = new FlowPane(12, 6);
        boxes.setId("journey-endpoint-types");
        for (String type : types) {
            CheckBox box = new CheckBox(words(type));
            box.setId("journey-endpoint-type-" + type.toLowerCase(Locale.ROOT));
            box.setSelected(ticked.contains(type));
            box.setTooltip(new Tooltip("Pinpoint endpoint type " + type));
            box.selectedProperty().addListener((observable, was, selected) -> {
                if (selected) {
                    ticked.add(type);
                } else {
                    ticked.remove(type);
                }
                change.accept(new ArrayList<>(types.stream().filter(ticked::contains).toList()));
            });
            boxes.getChildren().add(box);
        }
        VBox field = PropertyForm.field("Endpoints the webhook is called about", boxes, viewModel, "endpoint-types");
        getChildren().addAll(field, PropertyForm.help("None ticked: every endpoint of the participant, one call "
                + "each."));
    }

    private static String words(String type) {
        if (type.equals("PUSH")) {
            return "Push (every service)";
        }
        try {
            return ChannelNames.of(ChannelType.valueOf(type));
        } catch (IllegalArgumentException unknown) {
            return type;
        }
    }
}
